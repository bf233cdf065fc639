package com.plandesk.engine;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobPriorityProvider;
import org.camunda.bpm.engine.impl.jobexecutor.JobDeclaration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The engine's job priorities for runs someone waits for at the counter: a run that staff started (not a bulk row,
 * not a term's end) carries the variable {@link #AT_COUNTER}, and its jobs — also those of a process it
 * calls — are acquired before the background's. Without it an agent's run queues behind every job a renewal
 * storm or a bulk run made due before it. A priority set in the BPMN still comes first.
 */
public class CounterFirst extends DefaultJobPriorityProvider {

    /** The process variable that marks a run someone waits for. */
    public static final String AT_COUNTER = "atCounter";

    /** Above the default (0) of every background job. */
    public static final long COUNTER_PRIORITY = 10;

    @Override
    protected Long getProcessDefinitionPriority(ExecutionEntity execution, JobDeclaration<?, ?> declaration) {
        Long defined = super.getProcessDefinitionPriority(execution, declaration);
        if (defined != null || execution == null) {
            return defined;
        }
        for (ExecutionEntity run = execution.getProcessInstance(); run != null; run = caller(run)) {
            if (Boolean.TRUE.equals(run.getVariableLocal(AT_COUNTER))) {
                return COUNTER_PRIORITY;
            }
        }
        return null;
    }

    private static ExecutionEntity caller(ExecutionEntity processInstance) {
        ExecutionEntity callActivity = processInstance.getSuperExecution();
        return callActivity == null ? null : callActivity.getProcessInstance();
    }
}
