package com.plandesk.provisioning;

import com.plandesk.engine.RunProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The runs the engine's listeners report on are provisionings: a run is known by its provisioning id variable
 * (read here, on every task's end, without a call into an EJB), and what is reported is recorded by
 * {@link ProvisioningProgress} in the engine's transaction.
 */
@ApplicationScoped
public class ProvisioningRuns implements RunProgress {

    @Inject
    ProvisioningProgress progress;

    @Override
    public Long runOf(VariableScope execution) {
        Object id = execution.getVariable(ProvisioningVariables.PROVISIONING_ID);
        return id instanceof Number number ? number.longValue() : null;
    }

    @Override
    public void progressed(Long provisioningId, List<FinishedTask> finished, boolean ended) {
        progress.progressed(provisioningId, finished, ended);
    }

    @Override
    public void ending(Long provisioningId) {
        progress.ending(provisioningId);
    }

    @Override
    public void attemptFailed(Long provisioningId, String taskName, int retriesLeft, String error,
                              Date nextTry) {
        progress.attemptFailed(provisioningId, taskName, retriesLeft, error, nextTry == null ? null
                : LocalDateTime.ofInstant(nextTry.toInstant(), ZoneId.systemDefault()));
    }

    @Override
    public void failed(Long provisioningId, String activityId, String taskName, String error) {
        progress.failed(provisioningId, activityId, taskName, error);
    }
}
