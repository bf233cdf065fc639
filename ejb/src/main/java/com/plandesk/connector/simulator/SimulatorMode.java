package com.plandesk.connector.simulator;

/**
 * How a simulated operator system behaves, so that staff can rehearse failures: OK answers; FAIL refuses
 * connections; ERROR answers with an error; HANG does not answer until the client's timeout; LATE does what it
 * is asked but answers a change only after the client's timeout (the client cannot tell it was done).
 */
public enum SimulatorMode { OK, FAIL, ERROR, HANG, LATE }
