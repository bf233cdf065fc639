package com.plandesk.provisioning.delegate;

import static com.plandesk.provisioning.ProvisioningService.SERVICE_ID;

import com.plandesk.platform.ProvisioningProgress;
import com.plandesk.service.ServiceRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

@Named("configureOcsAccount")
@ApplicationScoped
public class ConfigureOcsAccount implements JavaDelegate {

    @Inject
    ServiceRecords services;

    @Override
    public void execute(DelegateExecution execution) {
        ProvisioningProgress.detail(execution, services.configureOcsAccount((Long) execution.getVariable(SERVICE_ID)));
    }
}
