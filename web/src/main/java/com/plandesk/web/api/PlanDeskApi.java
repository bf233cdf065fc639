package com.plandesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /plandesk/api: HTTP Basic with the users and roles of the screens. */
@ApplicationPath("/api")
public class PlanDeskApi extends Application {
}
