package com.plandesk.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;

/**
 * The Camunda engine embedded in the EAR: on the application's datasource and JTA transactions, delegates
 * resolved as CDI beans (also on job-executor threads), the application's {@link ProcessEnginePlugin} beans
 * applied, the processes of the bpmn module deployed at start.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/PlanDeskDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Inject
    private BeanManager beanManager;

    @Inject
    @Any
    private Instance<ProcessEnginePlugin> plugins;

    private ProcessEngine engine;
    private String processes;

    @PostConstruct
    void start() {
        // Job-executor threads have no java:comp, where the engine would look the BeanManager up.
        BeanManagerLookup.localInstance = beanManager;

        // Camunda's CDI configuration, with expressions resolved through the BeanManager given here
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setExpressionManager(new CdiBeanExpressions(beanManager));
        configuration.setProcessEngineName("default");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate("true");
        EngineSettings.apply(configuration);
        EngineSettings.recordHistoryLevel(dataSource);
        List<ProcessEnginePlugin> found = new ArrayList<>();
        plugins.forEach(found::add);
        configuration.getProcessEnginePlugins().addAll(found);
        LOG.info(() -> "Process engine plugins: " + found.stream().map(p -> p.toString()).toList());
        engine = configuration.buildProcessEngine();
        EngineSettings.prepareJobAcquisition(dataSource);
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);

        processes = new ProcessDeployment(engine).deployBundledProcesses();
        LOG.info("Process engine started");
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Whether this node's job executor is taking jobs. */
    public boolean jobExecutorActive() {
        return engine != null && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor().isActive();
    }

    /** A fingerprint of the BPMN files this node deployed: equal on nodes that run the same processes. */
    public String processes() {
        return processes;
    }
}
