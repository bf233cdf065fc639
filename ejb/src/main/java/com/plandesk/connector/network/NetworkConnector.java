package com.plandesk.connector.network;

/**
 * The operator's network: the HLR/HSS for SIMs and RADIUS for internet access. Calls are idempotent and
 * bounded by a timeout; failures are {@link NetworkException}s whose message staff can read.
 */
public interface NetworkConnector {

    /** Provisions the SIM on the HLR/HSS with its number. */
    void activateSim(String iccid, String msisdn);

    boolean isSimActive(String iccid);

    /** Creates (or finds again) the RADIUS account of an internet service. */
    void createRadiusAccount(String username, String modemSerial);

    boolean hasRadiusAccount(String username);

    /** Switches a service on in the network (IPTV entitlement, VoIP line, internet profile). */
    void activateService(String serviceKey);

    boolean isServiceActive(String serviceKey);

    /** Bars (or unbars) the SIM on the HLR/HSS: no calls, no data, the number kept. */
    void setSimBarred(String iccid, boolean barred);

    /** Removes the SIM from the HLR/HSS; one that is gone already is fine. */
    void deactivateSim(String iccid);

    /** Bars (or unbars) the RADIUS account: its sign-ins are refused. */
    void setRadiusBarred(String username, boolean barred);

    /** Removes the RADIUS account; one that is gone already is fine. */
    void deleteRadiusAccount(String username);

    /** Switches a service off in the network; one that is off already is fine. */
    void deactivateService(String serviceKey);
}
