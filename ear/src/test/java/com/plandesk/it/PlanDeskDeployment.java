package com.plandesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build made it: the tests exercise what ships. */
final class PlanDeskDeployment {

    static final String BASE_URL = "http://localhost:8080/plandesk/";

    private PlanDeskDeployment() {
    }

    static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("plandesk.ear")));
    }
}
