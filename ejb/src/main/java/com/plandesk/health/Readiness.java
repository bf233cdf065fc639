package com.plandesk.health;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Plan Desk's readiness checks as WildFly's MicroProfile Health finds them. Packed apart from the ejb module, into
 * the EAR's lib (the ejb module's build, classifier "health"): in an EAR the subsystem finds checks only there, not
 * in the EAR's modules (WFLY-12835). Each asks the EJB of the same name in the cluster package, by its global name.
 */
public final class Readiness {

    private Readiness() {
    }

    @org.eclipse.microprofile.health.Readiness
    @ApplicationScoped
    public static class Database extends Check {
        public Database() {
            super("database", "DatabaseReadiness");
        }
    }

    @org.eclipse.microprofile.health.Readiness
    @ApplicationScoped
    public static class JobExecutor extends Check {
        public JobExecutor() {
            super("job-executor", "JobExecutorReadiness");
        }
    }

    @org.eclipse.microprofile.health.Readiness
    @ApplicationScoped
    public static class Ocs extends Check {
        public Ocs() {
            super("ocs", "OcsReadiness");
        }
    }

    abstract static class Check implements HealthCheck {
        private final String name;
        private final String ejb;

        Check(String name, String ejb) {
            this.name = name;
            this.ejb = ejb;
        }

        @Override
        public HealthCheckResponse call() {
            try {
                HealthCheck check = InitialContext.doLookup("java:global/plandesk/plandesk-ejb/" + ejb + "!"
                        + HealthCheck.class.getName());
                return check.call();
            } catch (NamingException e) {
                return HealthCheckResponse.named(name).down()
                        .withData("problem", "Plan Desk is not deployed (" + e.getMessage() + ")").build();
            }
        }
    }
}
