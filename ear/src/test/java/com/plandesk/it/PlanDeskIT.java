package com.plandesk.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every server test shares: the EAR the build made, deployed once per class on the one managed WildFly;
 * a real SMTP server (GreenMail) for the welcome e-mails; the demo staff as API callers; and the simulated
 * systems (OCS, network) answering normally again after each test, whatever it made them do.
 */
@ExtendWith(ArquillianExtension.class)
abstract class PlanDeskIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    final Api agent = new Api("agent", "agent");
    final Api supervisor = new Api("supervisor", "supervisor");
    final Api admin = new Api("admin", "admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlanDeskDeployment.builtEar();
    }

    @AfterEach
    void systemsBackUp() {
        admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        admin.put("simulators/network", "{\"mode\": \"ok\"}");
    }
}
