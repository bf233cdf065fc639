package com.plandesk.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** What EclipseLink is told beyond the entities' annotations: their columns' names and the order of their rows. */
public class PlanDeskSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        SnakeCaseColumns.apply(session);
        CommitOrder.apply(session);
    }
}
