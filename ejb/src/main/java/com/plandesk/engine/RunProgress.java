package com.plandesk.engine;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the engine's built-in listeners ({@link ProgressListeners}) report about a tracked run, implemented by the
 * domain that keeps the runs (provisioning). The engine package knows no domain type: it asks which run an
 * execution belongs to and reports tasks by their BPMN id and name.
 */
public interface RunProgress {

    /** The run an execution belongs to, or null for one that is not tracked. */
    Long runOf(VariableScope execution);

    /** What one engine transaction finished for a run; {@code ended}: the run's process ended in it. */
    void progressed(Long runId, List<FinishedTask> finished, boolean ended);

    /** The run's process is ending successfully, in the transaction that ends it, while the engine executes. */
    void ending(Long runId);

    /** A task failed and will be tried again, at {@code nextTry} (null: at once). */
    void attemptFailed(Long runId, String taskName, int retriesLeft, String error, Date nextTry);

    /** A task used up its retries. */
    void failed(Long runId, String activityId, String taskName, String error);

    /** A finished task as the engine saw it, with the detail its delegate left for staff (or none). */
    record FinishedTask(String activityId, String name, String detail) {
    }
}
