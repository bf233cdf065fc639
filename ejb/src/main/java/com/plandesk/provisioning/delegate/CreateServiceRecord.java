package com.plandesk.provisioning.delegate;

import static com.plandesk.provisioning.ProvisioningService.SERVICE_ID;

import com.plandesk.platform.ProvisioningProgress;
import com.plandesk.service.ServiceRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

@Named("createServiceRecord")
@ApplicationScoped
public class CreateServiceRecord implements JavaDelegate {

    @Inject
    ServiceRecords services;

    @Override
    public void execute(DelegateExecution execution) {
        ProvisioningProgress.detail(execution, services.completeRecord((Long) execution.getVariable(SERVICE_ID)));
    }
}
