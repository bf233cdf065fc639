package com.plandesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;

/**
 * The persistence context every service injects ({@code @Inject EntityManager}): the "plandesk" unit's,
 * scoped to the JTA transaction, declared once. On every call of such an EntityManager WildFly checks that a
 * synchronized context does not meet an unsynchronized one in the transaction, and looks both of its switches up
 * in the unit's properties, which EclipseLink copies into a new map at each look. Plan Desk has synchronized contexts only: the switches are given here, where WildFly
 * looks first.
 */
@ApplicationScoped
public class PlanDeskPersistence {

    @Produces
    @PersistenceContext(unitName = "plandesk", properties = {
            @PersistenceProperty(name = "wildfly.jpa.skipmixedsynctypechecking", value = "true"),
            @PersistenceProperty(name = "wildfly.jpa.allowjoinedunsync", value = "false")})
    private EntityManager entityManager;
}
