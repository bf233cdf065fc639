package com.plandesk.provisioning.delegate;

import com.plandesk.customer.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The account may still receive a service when the run reaches it (active, valid payment method). */
@Named("validateCustomerAccount")
@ApplicationScoped
public class ValidateCustomerAccount implements JavaDelegate {

    @Inject
    CustomerDirectory customers;

    @Override
    public void execute(DelegateExecution execution) {
        TaskDetail.show(execution, customers.validateForProvisioning(ProcessVariables.customerId(execution)));
    }
}
