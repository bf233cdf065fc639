package com.plandesk.engine;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.el.CdiResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expressions (a task's {@code ${assignInventory}}) resolved as CDI beans, exactly as Camunda's
 * {@link CdiExpressionManager} does, but with the application's BeanManager given once: Camunda's resolver
 * looks it up in JNDI on every evaluation, and on job-executor threads (no {@code java:comp}) each lookup
 * fails twice with an exception before it falls back.
 */
class CdiBeanExpressions extends CdiExpressionManager {

    private final BeanManager beanManager;

    CdiBeanExpressions(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new CdiResolver() {
            @Override
            protected BeanManager getBeanManager() {
                return beanManager;
            }
        });
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new BeanELResolver());
        return resolver;
    }
}
