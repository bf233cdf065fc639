package com.plandesk.service;

import com.plandesk.connector.network.NetworkConnector;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
/** The services on the network: SIMs on the HLR/HSS, broadband accounts on RADIUS, services switched on. */
@Stateless
@PermitAll
public class NetworkActivation {

    @Inject
    private Inventory inventory;

    @Inject
    private ServiceRecords records;

    @Inject
    private NetworkConnector network;

    /** The SIM goes live on the HLR/HSS with the service's number. */
    public String activateSim(Long serviceId) {
        List<ItemView> items = inventory.itemsOfService(serviceId);
        ItemView sim = ServiceRecords.item(items, ServiceRecords.SIM_CARD).orElseThrow(() ->
                new IllegalStateException("Service " + serviceId + " has no SIM card to activate"));
        String msisdn = ServiceRecords.item(items, ServiceRecords.MOBILE_NUMBER).map(ItemView::reference).orElse(null);
        if (sim.identifier() == null || sim.identifier().isBlank()) {
            throw new IllegalStateException("SIM Card " + sim.reference() + " has no ICCID, which the HLR/HSS needs: "
                    + "add it in the inventory, then retry.");
        }
        network.activateSim(sim.identifier(), msisdn);
        return "SIM " + sim.reference() + " active on the HLR/HSS" + (msisdn == null ? "" : " as " + msisdn);
    }

    public String createRadiusAccount(Long serviceId) {
        String modem = ServiceRecords.item(inventory.itemsOfService(serviceId), ServiceRecords.CPE_MODEM).map(ItemView::identifier).orElse(null);
        String username = radiusUsername(serviceId);
        network.createRadiusAccount(username, modem);
        return "RADIUS account " + username;
    }

    static String radiusUsername(Long serviceId) {
        return "svc-" + serviceId + "@broadband.plandesk";
    }

    /** Switches the service on in the network: "internet", "iptv" or "voip". */
    public String activateOnNetwork(Long serviceId, String networkService) {
        Service service = records.find(serviceId);
        network.activateService(networkKey(service, networkService));
        return networkService + " active in the network";
    }

    static String networkKey(Service service, String networkService) {
        return networkService + ":svc-" + service.getId();
    }

    /**
     * Suspension bars the service in the network, resumption unbars it: a SIM on the HLR/HSS, a broadband account
     * on RADIUS, an IPTV or VoIP service switched off and on.
     */
    public String bar(Long serviceId, boolean barred) {
        Service service = records.find(serviceId);
        String word = barred ? "barred" : "unbarred";
        switch (service.getServiceType()) {
            case MOBILE -> {
                String iccid = simIccid(serviceId);
                network.setSimBarred(iccid, barred);
                return "SIM " + iccid + " " + word + " on the HLR/HSS";
            }
            case INTERNET -> {
                network.setRadiusBarred(radiusUsername(serviceId), barred);
                return "RADIUS account " + radiusUsername(serviceId) + " " + word;
            }
            default -> {
                String key = networkKey(service, service.getServiceType().name().toLowerCase());
                if (barred) {
                    network.deactivateService(key);
                } else {
                    network.activateService(key);
                }
                return key + " " + word;
            }
        }
    }

    /** Termination: the service leaves the network (the SIM off the HLR/HSS, the RADIUS account removed). */
    public String deactivate(Long serviceId) {
        Service service = records.find(serviceId);
        switch (service.getServiceType()) {
            case MOBILE -> {
                String iccid = simIccid(serviceId);
                network.deactivateSim(iccid);
                return "SIM " + iccid + " removed from the HLR/HSS";
            }
            case INTERNET -> {
                network.deleteRadiusAccount(radiusUsername(serviceId));
                network.deactivateService(networkKey(service, "internet"));
                return "RADIUS account " + radiusUsername(serviceId) + " removed";
            }
            default -> {
                String key = networkKey(service, service.getServiceType().name().toLowerCase());
                network.deactivateService(key);
                return key + " switched off";
            }
        }
    }

    private String simIccid(Long serviceId) {
        return ServiceRecords.item(inventory.itemsOfService(serviceId), ServiceRecords.SIM_CARD)
                .map(ItemView::identifier)
                .orElseThrow(() -> new IllegalStateException("Service " + serviceId + " has no SIM card"));
    }
}
