package com.plandesk.service;

import com.plandesk.catalog.ServiceType;
import com.plandesk.connector.network.NetworkConnector;
import com.plandesk.connector.ocs.OcsAccount;
import com.plandesk.connector.ocs.OcsConnector;
import com.plandesk.inventory.Inventory;
import com.plandesk.inventory.ItemStatus;
import com.plandesk.inventory.ItemView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Provisioning succeeded but the service does not work": asks each system about the service and shows
 * every answer, so staff see which part is missing.
 */
@Stateless
@PermitAll
public class ServiceCheck {

    public record Answer(String system, String check, boolean ok, String detail) {
    }

    public record Report(Long serviceId, String serviceName, ServiceStatus status, boolean allOk, List<Answer> answers) {
    }

    @Inject
    private ServiceRecords services;

    @Inject
    private Inventory inventory;

    @Inject
    private OcsConnector ocs;

    @Inject
    private OcsAccounts ocsAccounts;

    @Inject
    private NetworkConnector network;

    public Report check(Long serviceId) {
        Service service = services.find(serviceId);
        List<ItemView> items = inventory.itemsOfService(serviceId);
        List<Answer> answers = new ArrayList<>();

        answers.add(ask("OCS", "Account and balances", () -> {
            if (service.getOcsAccount() == null) {
                return new Answer("OCS", "Account and balances", false, "The service has no OCS account");
            }
            OcsAccount account = ocs.account(service.getOcsAccount());
            // a plan without allowances (IPTV) has an account with no balances: it works all the same
            return new Answer("OCS", "Account and balances", !account.disabled(),
                    account.id() + (account.disabled() ? " is disabled" : ": " + ocsAccounts.describe(account, service)));
        }));
        if (service.getServiceType() == ServiceType.MOBILE) {
            items.stream().filter(i -> ServiceRecords.SIM_CARD.equals(i.template())).findFirst().ifPresentOrElse(
                    sim -> answers.add(ask("HLR/HSS", "SIM active", () -> {
                        boolean active = network.isSimActive(sim.identifier());
                        return new Answer("HLR/HSS", "SIM active", active, sim.reference()
                                + (active ? " is active" : " is not active on the HLR/HSS"));
                    })),
                    () -> answers.add(new Answer("HLR/HSS", "SIM active", false, "The service has no SIM card")));
        } else {
            String key = service.getServiceType().name().toLowerCase();
            answers.add(ask("Network", key + " active", () -> {
                boolean active = network.isServiceActive(NetworkActivation.networkKey(service, key));
                return new Answer("Network", key + " active", active, active ? "Active" : "Not active in the network");
            }));
        }
        if (service.getServiceType() == ServiceType.INTERNET) {
            answers.add(ask("RADIUS", "Account", () -> {
                String username = NetworkActivation.radiusUsername(serviceId);
                boolean present = network.hasRadiusAccount(username);
                return new Answer("RADIUS", "Account", present, username + (present ? " exists" : " is missing"));
            }));
        }
        boolean assigned = !items.isEmpty() && items.stream().allMatch(i -> i.status() == ItemStatus.ASSIGNED);
        answers.add(new Answer("Records", "Inventory assigned", assigned || items.isEmpty(), items.isEmpty()
                ? "No inventory" : String.join(", ", items.stream().map(i -> i.reference() + " " + i.status()).toList())));
        answers.add(new Answer("Records", "Welcome e-mail sent", service.getWelcomeSentAt() != null,
                service.getWelcomeSentAt() == null ? "Not sent" : "Sent " + service.getWelcomeSentAt()));
        answers.add(new Answer("Records", "Service active", service.getStatus() == ServiceStatus.ACTIVE,
                service.getStatus().name()));
        return new Report(serviceId, service.getName(), service.getStatus(),
                answers.stream().allMatch(Answer::ok), answers);
    }

    private static Answer ask(String system, String check, Supplier<Answer> question) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            return new Answer(system, check, false, e.getMessage());
        }
    }
}
