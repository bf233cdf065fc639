package com.plandesk.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbIdGenerator;

/**
 * The engine's own ids (blocks of numbers from one row of ACT_GE_PROPERTY), for several engines on one database:
 * when two nodes take a block at the same moment, the engine fails the one that loses with an optimistic-locking
 * error — in a bulk run, a row lost. Here the loser takes the next block instead. Numbers, not UUIDs: Camunda's
 * UUID generator cost a bulk run 12 % (longer keys in every engine table and index; BENCHMARKS.md).
 */
final class ClusterIdGenerator extends DbIdGenerator {

    static final int BLOCK_SIZE = 1000;
    private static final int ATTEMPTS = 10;

    private final ProcessEngineConfigurationImpl configuration;

    ClusterIdGenerator(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        setIdBlockSize(BLOCK_SIZE);
    }

    @Override
    protected synchronized void getNewBlock() {
        if (commandExecutor == null) { // made by the engine after this generator is given to it
            setCommandExecutor(configuration.getCommandExecutorTxRequiresNew());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                super.getNewBlock();
                return;
            } catch (OptimisticLockingException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
