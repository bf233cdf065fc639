package com.plandesk.engine;

import com.plandesk.kernel.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** What the application asks of the engine beyond its public services; the engine's internals stay here. */
@ApplicationScoped
public class EngineCommands {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs work as one engine command in the caller's transaction: the processes it starts are written to the
     * database together when it returns (one batch of the engine's rows, process and job definitions read once).
     * If work throws, the engine writes nothing, the transaction is marked for rollback and the exception comes
     * out as it was.
     */
    public void inOneCommand(Runnable work) {
        try {
            configuration().getCommandExecutorTxRequired().execute(commandContext -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    throw new WorkFailed(e);
                }
                return null;
            });
        } catch (WorkFailed e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /** Jobs made ready in this transaction are picked up at once once it commits, not at the executor's next poll. */
    public void wakeJobExecutorAfterCommit() {
        var jobExecutor = configuration().getJobExecutor();
        AfterCommit.run(transactions, jobExecutor::jobWasAdded);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) bootstrap.engine().getProcessEngineConfiguration();
    }

    /** Carries work's own exception through the engine, which logs a bad user request at debug level only. */
    private static final class WorkFailed extends BadUserRequestException {
        WorkFailed(RuntimeException cause) {
            super("the work of a command failed", cause);
        }
    }
}
