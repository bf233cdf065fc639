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
}
