package com.plandesk.engine;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_RESOLVE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_UPDATE;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;

/**
 * Plan Desk's history level, "process": every run's own history row (process, business key, start, end, state,
 * duration) and its incidents — what an audit or Cockpit lists — but not a row per activity. Staff read each
 * task's end and detail in the provisioning's own task list, and every failed attempt in its log, so the
 * engine's activity rows would only repeat them, at eight inserts per provisioning.
 */
final class ProcessHistoryLevel implements HistoryLevel {

    static final ProcessHistoryLevel INSTANCE = new ProcessHistoryLevel();
    static final String NAME = "process";
    /** Recorded in ACT_GE_PROPERTY; Camunda's own levels are 0–3. */
    static final int ID = 10;

    private static final Set<HistoryEventType> PRODUCED = Set.of(
            PROCESS_INSTANCE_START, PROCESS_INSTANCE_UPDATE, PROCESS_INSTANCE_MIGRATE, PROCESS_INSTANCE_END,
            INCIDENT_CREATE, INCIDENT_UPDATE, INCIDENT_MIGRATE, INCIDENT_RESOLVE, INCIDENT_DELETE);

    private ProcessHistoryLevel() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String toString() { // the engine logs the level it records
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return PRODUCED.contains(eventType);
    }
}
