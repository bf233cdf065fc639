package com.plandesk.cluster;

import com.plandesk.engine.ProcessEngineBootstrap;
import com.plandesk.kernel.Settings;
import com.plandesk.persistence.DatabaseClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server as a node of a cluster on one database: it says every few seconds that it is alive (in
 * {@code cluster_node}), with its clock's offset from the database's and the processes it deployed, and it
 * compares itself with the other live nodes. What it finds wrong it logs, and the readiness check reports.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class ClusterNode {

    private static final Logger LOG = Logger.getLogger(ClusterNode.class.getName());
    private static final long EVERY_MILLIS = 5000;
    /** A node not heard of for this long is taken for gone. */
    private static final Duration ALIVE = Duration.ofSeconds(30);

    @Resource
    private TimerService timers;

    @Inject
    private EntityManager em;

    @Inject
    private DatabaseClock clock;

    @EJB
    private ProcessEngineBootstrap engine;

    private LocalDateTime startedAt;
    private volatile ClusterView view;
    private String lastProblem;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(0, EVERY_MILLIS, new TimerConfig("cluster node", false));
    }

    /** Says this node is alive and looks at the others; logs a problem when it first appears or changes. */
    @Timeout
    void heartbeat() {
        try {
            LocalDateTime before = LocalDateTime.now();
            LocalDateTime databaseNow = clock.now();
            // the database's reading lies between the two of ours: its offset from their middle
            long offset = Duration.between(databaseNow, before.plus(Duration.between(before, LocalDateTime.now())
                    .dividedBy(2))).toMillis();
            if (startedAt == null) {
                startedAt = databaseNow;
            }
            record(databaseNow, offset);
            List<ClusterView.Node> alive = em.createQuery("""
                            SELECT NEW com.plandesk.cluster.ClusterView.Node(n.name, n.startedAt, n.processes)
                            FROM ClusterNodeEntry n WHERE n.seenAt >= :alive ORDER BY n.name""", ClusterView.Node.class)
                    .setParameter("alive", databaseNow.minus(ALIVE))
                    .getResultList();
            view = new ClusterView(Settings.nodeName(), startedAt, engine.processes(), offset, alive);
        } catch (RuntimeException e) {
            view = null; // the database cannot be reached: the readiness check says so
            LOG.log(Level.FINE, "Cluster heartbeat failed", e);
            return;
        }
        String problem = view.problem(Settings.maxClockOffsetMillis());
        if (!Objects.equals(problem, lastProblem)) {
            if (problem != null) {
                LOG.severe("This node is not ready: " + problem);
            } else {
                LOG.info("Cluster: " + view.describe());
            }
            lastProblem = problem;
        }
    }

    private void record(LocalDateTime databaseNow, long offset) {
        ClusterNodeEntry entry = em.find(ClusterNodeEntry.class, Settings.nodeName());
        if (entry == null) {
            em.persist(new ClusterNodeEntry(Settings.nodeName(), startedAt, databaseNow, engine.processes(), offset));
        } else {
            entry.seen(startedAt, databaseNow, engine.processes(), offset);
        }
    }

    /** The last look at the cluster, or null before the first or while the database cannot be reached. */
    @Lock(LockType.READ)
    public ClusterView view() {
        return view;
    }
}
