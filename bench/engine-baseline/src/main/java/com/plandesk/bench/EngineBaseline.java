package com.plandesk.bench;

import com.plandesk.engine.EngineSettings;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The benchmark's reference: the bare engine, tuned as the application's ({@link EngineSettings}), runs the
 * bundled process with no-op delegates on PostgreSQL; started one after another from one thread, as the bulk
 * job does; each, as it ends, starts the service's term process (which waits for the term's end), as Plan Desk's do. Prints instances per second. Run by bench/bulk.sh:
 * {@code mvnw -pl bench/engine-baseline -am -DskipTests -Dbaseline.run -Dbaseline.args="10000 provisionMobilePlan"
 * package} with PLANDESK_DB_URL/_USER/_PASSWORD naming an empty database.
 */
public final class EngineBaseline {

    /** The process that waits for a service's term to end, started as each plan's provisioning ends. */
    private static final String TERM = "serviceTerm";
    /** A renewal storm's runs (bench/renewals.sh): the renewal each term's end starts. */
    private static final String RENEWAL = "renewService";

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    public static void main(String[] args) throws Exception {
        int instances = Integer.parseInt(args[0]);
        String processKey = args.length > 1 ? args[1] : "provisionMobilePlan";
        String bpmn;
        String file = System.getProperty("baseline.bpmn");
        try (InputStream in = file != null ? new java.io.FileInputStream(file)
                : EngineBaseline.class.getResourceAsStream("/processes/" + processKey + ".bpmn")) {
            bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavaDelegate noOp = execution -> { };
        Map<Object, Object> delegates = new HashMap<>();
        Matcher names = DELEGATE.matcher(bpmn);
        while (names.find()) {
            delegates.put(names.group(1), noOp);
        }
        boolean storm = processKey.equals(TERM);
        if (storm) { // a renewal storm: each term's end starts a renewal, whose last task starts the next term
            for (String renewalTask : new String[] {"chargeTerm", "refillAllowances"}) {
                delegates.put(renewalTask, noOp);
            }
            delegates.put("startTermEnd", (JavaDelegate) execution -> execution.getProcessEngineServices()
                    .getRuntimeService().startProcessInstanceByKey(RENEWAL, execution.getBusinessKey(),
                            Map.of("provisioningId", 1L, "serviceId", 1L, "renewalRetryCycle", "R3/PT1H")));
            delegates.put("startNextTerm", (JavaDelegate) execution -> execution.getProcessEngineServices()
                    .getRuntimeService().startProcessInstanceByKey(TERM, execution.getBusinessKey(),
                            Map.of("serviceId", 1L, "termEnd", java.util.Date.from(
                                    java.time.Instant.now().plus(30, java.time.temporal.ChronoUnit.DAYS)))));
        }

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(System.getenv("PLANDESK_DB_URL"));
        configuration.setJdbcUsername(System.getenv("PLANDESK_DB_USER"));
        configuration.setJdbcPassword(System.getenv("PLANDESK_DB_PASSWORD"));
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setBeans(delegates);
        EngineSettings.apply(configuration);
        // as Plan Desk does when a recurring service becomes active: its term process starts and waits a month
        configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>(java.util.List.of(
                new org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener() {
                    @Override
                    public void parseProcess(org.camunda.bpm.engine.impl.util.xml.Element element,
                                             org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity
                                                     definition) {
                        if (!storm && definition.getKey().equals(processKey)) {
                            definition.addBuiltInListener("end", (org.camunda.bpm.engine.delegate.ExecutionListener)
                                    execution -> execution.getProcessEngineServices()
                                    .getRuntimeService().startProcessInstanceByKey(TERM, execution.getBusinessKey(),
                                            Map.of("serviceId", 1L, "termEnd", java.util.Date.from(
                                                    java.time.Instant.now().plus(30, java.time.temporal.ChronoUnit.DAYS)))));
                        }
                    }
                })));
        ProcessEngine engine = configuration.buildProcessEngine();
        EngineSettings.prepareJobAcquisition(configuration.getDataSource());
        try {
            try (InputStream term = EngineBaseline.class.getResourceAsStream("/processes/" + TERM + ".bpmn");
                 InputStream renewal = EngineBaseline.class.getResourceAsStream("/processes/" + RENEWAL + ".bpmn")) {
                var deployment = engine.getRepositoryService().createDeployment().addInputStream(TERM + ".bpmn", term)
                        .addInputStream(RENEWAL + ".bpmn", renewal);
                if (!storm) {
                    deployment.addString(processKey + ".bpmn", bpmn);
                }
                deployment.deploy();
            }
            // a storm's terms are all started first, due tomorrow; run() then makes them all end now
            Map<String, Object> variables = storm ? Map.of("serviceId", 1L, "termEnd", java.util.Date.from(
                    java.time.Instant.now().plus(1, java.time.temporal.ChronoUnit.DAYS)))
                    : Map.of("provisioningId", 1L, "serviceId", 1L, "customerId", 1L, "assignmentId", 1L,
                    "productId", 1L);
            int warmUp = Integer.getInteger("baseline.warmup", 0);
            if (warmUp > 0) {
                run(engine, processKey, variables, warmUp, "warm-up (cold JVM): bare engine",
                        configuration.getHistory());
            }
            run(engine, processKey, variables, instances, "bare engine", configuration.getHistory());
        } finally {
            engine.close();
        }
    }

    /** Starts the instances (from baseline.starters threads, one by default) and waits until all have ended. */
    private static void run(ProcessEngine engine, String processKey, Map<String, Object> variables, int instances,
                            String label, String history) throws InterruptedException {
        int starters = Integer.getInteger("baseline.starters", 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(starters);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        for (int t = 0; t < starters; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
                    engine.getRuntimeService().startProcessInstanceByKey(processKey, String.valueOf(i), variables);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        if (processKey.equals(TERM)) { // the storm: timed from the moment every term ends
            start = System.nanoTime();
            java.util.Date now = new java.util.Date();
            var management = engine.getManagementService();
            management.createJobQuery().timers().duedateHigherThan(now).duedateLowerThan(java.util.Date.from(
                    now.toInstant().plus(2, java.time.temporal.ChronoUnit.DAYS))).list()
                    .forEach(job -> management.setJobDuedate(job.getId(), now));
        }
        long started = System.nanoTime();
        long deadline = started + java.util.concurrent.TimeUnit.HOURS.toNanos(1);
        // over when every instance ended; a storm's, when every term's timer fired and every renewal ended (the next
        // terms' timers wait a month)
        java.util.function.LongSupplier left = processKey.equals(TERM)
                ? () -> engine.getManagementService().createJobQuery().timers()
                        .duedateLowerThan(java.util.Date.from(java.time.Instant.now().plus(1, java.time.temporal.ChronoUnit.DAYS)))
                        .count() + engine.getRuntimeService().createProcessInstanceQuery()
                        .processDefinitionKey(RENEWAL).count()
                : () -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
        for (long running; (running = left.getAsLong()) > 0; ) {
            if (System.nanoTime() > deadline) { // a job that keeps failing would otherwise hold the benchmark
                throw new IllegalStateException(running + " instances still running after an hour");
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // this JVM's CPU time goes with each figure: bench/bare-engine.sh cannot read it from outside once the
        // JVM has exited, which it may do before the script has read the last line
        System.out.printf("%s: %d %s instances (no-op delegates, history %s) in %.1f s "
                        + "(all started after %.1f s): %.1f instances/s (this JVM's CPU so far: %.2f s)%n", label,
                instances, processKey, history, seconds, (started - start) / 1e9, instances / seconds,
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1e9);
    }
}
