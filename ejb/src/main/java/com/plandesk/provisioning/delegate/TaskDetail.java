package com.plandesk.provisioning.delegate;

import com.plandesk.engine.ProgressListeners;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

/** What staff read beside a finished task ("ICCID: 8944…"): kept for the task's transaction only. */
final class TaskDetail {

    private TaskDetail() {
    }

    static void show(DelegateExecution execution, String detail) {
        execution.setVariableLocal(ProgressListeners.TASK_DETAIL, Variables.stringValue(detail, true));
    }
}
