package com.plandesk.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/** Checks a request's Bean Validation constraints and refuses it with the first message, field named. */
@ApplicationScoped
public class BeanValidation {

    @Inject
    Validator validator;

    public <T> void check(T request, String messageWhenMissing) {
        if (request == null) {
            throw PlanDeskException.invalid(null, messageWhenMissing);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(first -> {
            throw PlanDeskException.invalid(first.getPropertyPath().toString(), first.getMessage());
        });
    }
}
