package com.plandesk.connector.simulator;

/**
 * How a simulated operator system behaves, so that staff can rehearse failures: OK answers; FAIL refuses
 * connections; ERROR answers with an error; HANG does not answer until the client's timeout.
 */
public enum SimulatorMode { OK, FAIL, ERROR, HANG }
