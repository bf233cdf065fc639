package com.plandesk.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A request that Plan Desk refuses, with a message a person can act on. Thrown by application services;
 * rolls the transaction back so that nothing is half-written. Adapters (API, screens, bulk rows) turn the
 * {@link Kind} into their own answer: the API into 400 / 404 / 409 / 422.
 */
@ApplicationException(rollback = true)
public class PlanDeskException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, NOT_ALLOWED }

    private final Kind kind;
    private final String error;
    private final String field;

    public PlanDeskException(Kind kind, String error, String message, String field) {
        super(message);
        this.kind = kind;
        this.error = error;
        this.field = field;
    }

    public static PlanDeskException invalid(String field, String message) {
        return new PlanDeskException(Kind.INVALID, "invalid_request", message, field);
    }

    public static PlanDeskException notFound(String field, String message) {
        return new PlanDeskException(Kind.NOT_FOUND, "not_found", message, field);
    }

    public static PlanDeskException conflict(String field, String message) {
        return new PlanDeskException(Kind.CONFLICT, "conflict", message, field);
    }

    public static PlanDeskException notAllowed(String field, String message) {
        return new PlanDeskException(Kind.NOT_ALLOWED, "not_allowed", message, field);
    }

    public Kind kind() {
        return kind;
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }
}
