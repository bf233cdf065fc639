package com.plandesk.provisioning.delegate;

import static com.plandesk.provisioning.ProvisioningService.CUSTOMER_ID;

import com.plandesk.customer.CustomerDirectory;
import com.plandesk.platform.ProvisioningProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

@Named("validateCustomerAccount")
@ApplicationScoped
public class ValidateCustomerAccount implements JavaDelegate {

    @Inject
    CustomerDirectory customers;

    @Override
    public void execute(DelegateExecution execution) {
        Long customerId = (Long) execution.getVariable(CUSTOMER_ID);
        ProvisioningProgress.detail(execution, customers.validateForProvisioning(customerId));
    }
}
