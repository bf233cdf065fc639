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
 * job does. Prints instances per second. Run by bench/bulk.sh:
 * {@code mvnw -pl bench/engine-baseline -am -DskipTests -Dbaseline.run -Dbaseline.args="10000 provisionMobilePlan"
 * package} with PLANDESK_DB_URL/_USER/_PASSWORD naming an empty database.
 */
public final class EngineBaseline {

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

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(System.getenv("PLANDESK_DB_URL"));
        configuration.setJdbcUsername(System.getenv("PLANDESK_DB_USER"));
        configuration.setJdbcPassword(System.getenv("PLANDESK_DB_PASSWORD"));
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setBeans(delegates);
        EngineSettings.apply(configuration);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addString(processKey + ".bpmn", bpmn).deploy();
            Map<String, Object> variables = Map.of("provisioningId", 1L, "serviceId", 1L, "customerId", 1L,
                    "assignmentId", 1L, "productId", 1L);
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
        long started = System.nanoTime();
        long deadline = started + java.util.concurrent.TimeUnit.HOURS.toNanos(1);
        for (long running; (running = engine.getRuntimeService().createProcessInstanceQuery().count()) > 0; ) {
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
