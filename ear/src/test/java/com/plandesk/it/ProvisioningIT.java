package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of provisioning end to end in the server, against the bundled CGRateS simulator (real JSON-RPC
 * client), the network simulator and a real SMTP server — and what happens when those systems fail.
 */
class ProvisioningIT extends PlanDeskIT {

    @Test
    void anInternetPlanGetsItsModemRadiusAccountAndInstallation() {
        long modem = agent.availableItem("CPE Modem", "CPE-0002");
        JsonObject run = finished(assign("{\"customerId\": 456, \"productId\": 2, \"items\": [%d], \"autoRenew\": true,"
                + " \"installationDate\": \"2030-01-15\"}", modem));

        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(names(run)).containsExactly("Validate customer account", "Assign CPE Modem", "Create RADIUS account",
                "Schedule installation date", "Create installation ticket", "Activate internet access",
                "Configure OCS account", "Create service record", "Send welcome email");
        JsonObject service = agent.get("services/" + run.getJsonNumber("serviceId")).json();
        assertThat(service.getString("name")).isEqualTo("Fibre - 100Mbps (CPE-0002)");
        assertThat(service.getString("installationDate")).isEqualTo("2030-01-15");
        assertThat(service.getString("installationTicket")).startsWith("INST-");
        assertThat(agent.get("services/" + run.getJsonNumber("serviceId") + "/check").json().getBoolean("allOk")).isTrue();
    }

    @Test
    void iptvAndVoipPlansAreActivatedInTheNetwork() {
        JsonObject iptv = finished(assign("{\"customerId\": 456, \"productId\": 3, \"autoRenew\": false}"));
        assertThat(iptv.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(names(iptv)).contains("Activate IPTV entitlement");
        assertThat(agent.get("services/" + iptv.getJsonNumber("serviceId") + "/check").json().getBoolean("allOk")).isTrue();
    }

    @Test
    void aBusinessOrderRecordsThePoNumberAndNotifiesTheBillingContact() throws Exception {
        JsonObject run = finished(assign("""
                {"customerId": 789, "productId": 4, "autoRenew": true, "siteId": 1, "billingContactId": 1,
                 "technicalContactId": 2, "poNumber": "PO-2026-17", "customFields": {"Cost centre": "CC-9"}}"""));

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(names(run)).containsExactly("Check site and contacts", "Record PO number and custom fields",
                "Validate customer account", "Configure OCS account", "Activate VoIP line", "Create service record",
                "Send welcome email", "Notify billing contact");
        JsonObject service = agent.get("services/" + run.getJsonNumber("serviceId")).json();
        assertThat(service.getString("poNumber")).isEqualTo("PO-2026-17");
        assertThat(service.getJsonObject("customFields").getString("Cost centre")).isEqualTo("CC-9");
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals("jane@acme.com")));
        MimeMessage billing = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals("jane@acme.com"))
                .findFirst().orElseThrow();
        assertThat(billing.getSubject()).contains("Johnson Enterprises");
        assertThat(billing.getContent().toString()).contains("PO number: PO-2026-17");
    }

    @Test
    void anAddonRunsOnTheExistingServicesOcsAccount() {
        JsonObject plan = finished(assign("{\"customerId\": 456, \"productId\": 1, \"items\": [%d, %d], \"autoRenew\": true}",
                agent.availableItem("SIM Card", "SIM-00140"), agent.availableItem("Mobile Number", "+44 7700 900140")));
        long serviceId = plan.getJsonNumber("serviceId").longValue();
        double dataBefore = data(serviceId);
        long servicesBefore = Database.count("select count(*) from customer_service where customer_id = 456");

        JsonObject addon = finished(assign("{\"customerId\": 456, \"productId\": 5, \"serviceId\": %d}", serviceId));

        assertThat(addon.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(addon.getJsonNumber("serviceId").longValue()).isEqualTo(serviceId);
        assertThat(data(serviceId) - dataBefore).isEqualTo(5.0 * 1024 * 1024 * 1024);
        assertThat(Database.count("select count(*) from customer_service where customer_id = 456")).isEqualTo(servicesBefore);
        assertThat(agent.get("services/" + serviceId).json().getJsonArray("addons").getString(0)).isEqualTo("5GB Data Boost");
    }

    @Test
    void anAddonTheOcsCarriedOutButAnsweredTooLateForIsGivenOnceThroughEveryRetry() {
        long sim = admin.addItem("SIM Card", "SIM-LATE-1", Api.iccid("8944000000000000990"));
        long number = admin.addItem("Mobile Number", "+44 7700 909901", null);
        long serviceId = finished(assign("{\"customerId\": 456, \"productId\": 1, \"items\": [%d, %d], \"autoRenew\": true}",
                sim, number)).getJsonNumber("serviceId").longValue();
        double dataBefore = data(serviceId);
        admin.put("simulators/ocs", "{\"mode\": \"late\"}");

        // every attempt reaches the OCS, which does it, but answers after the client gave up
        long id = assign("{\"customerId\": 456, \"productId\": 5, \"serviceId\": %d}", serviceId);
        JsonObject failed = finished(id, "did not answer");
        assertThat(Database.count("select count(*) from provisioning_log where provisioning_id = ? and message like 'Attempt failed%'",
                id)).isEqualTo(2);
        admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        assertThat(data(serviceId) - dataBefore).as(failed.toString()).isEqualTo(5.0 * 1024 * 1024 * 1024);

        assertThat(agent.post("provisionings/" + id + "/retry", "").status()).isEqualTo(200);
        assertThat(finished(id).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(data(serviceId) - dataBefore).isEqualTo(5.0 * 1024 * 1024 * 1024);
        assertThat(agent.get("services/" + serviceId).json().getJsonArray("addons").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("5GB Data Boost");
    }

    @Test
    void anAddonNeedsAnActiveServiceOfItsType() {
        JsonObject iptv = finished(assign("{\"customerId\": 456, \"productId\": 3, \"autoRenew\": false}"));

        Api.Answer wrongType = agent.post("assignments", "{\"customerId\": 456, \"productId\": 5, \"serviceId\": %d}"
                .formatted(iptv.getJsonNumber("serviceId").longValue()));
        Api.Answer noService = agent.post("assignments", "{\"customerId\": 456, \"productId\": 5}");

        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().getString("message")).contains("Mobile add-on");
        assertThat(noService.status()).isEqualTo(422);
        assertThat(noService.json().getString("message")).contains("choose the Mobile service");
    }

    @ParameterizedTest
    @CsvSource({"fail, Could not connect to OCS", "error, SERVER_ERROR", "hang, did not answer"})
    void anOcsFailureFailsTheRunKeepsItsItemsAndARetryFinishesIt(String mode, String cause) {
        String sim = "SIM-0013" + (mode.equals("fail") ? 6 : mode.equals("error") ? 7 : 8);
        String number = "+44 7700 90013" + (mode.equals("fail") ? 6 : mode.equals("error") ? 7 : 8);
        admin.put("simulators/ocs", "{\"mode\": \"" + mode + "\"}");

        JsonObject failed = finished(assign("{\"customerId\": 456, \"productId\": 1, \"items\": [%d, %d], \"autoRenew\": true}",
                agent.availableItem("SIM Card", sim), agent.availableItem("Mobile Number", number)), cause);

        long id = failed.getJsonNumber("id").longValue();
        long serviceId = failed.getJsonNumber("serviceId").longValue();
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).contains(cause);
        assertThat(failed.getString("serviceStatus")).isEqualTo("INACTIVE");
        assertThat(statuses(failed)).containsExactly("DONE", "DONE", "DONE", "FAILED", "PENDING", "PENDING");
        assertThat(Database.count("select count(*) from inventory_item where service_id = ? and status = 'ASSIGNED'",
                serviceId)).isEqualTo(2); // held for the service, not offered to others
        assertThat(offered("SIM Card")).doesNotContain(sim);
        assertThat(agent.get("provisionings/" + id + "/log").array().getValuesAs(JsonObject.class))
                .anyMatch(line -> line.getString("level").equals("ERROR") && line.getString("message").contains(cause));

        admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        assertThat(agent.post("provisionings/" + id + "/retry", "").status()).isEqualTo(200);
        JsonObject retried = finished(id);

        assertThat(retried.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(retried.getString("serviceStatus")).isEqualTo("ACTIVE");
        assertThat(data(serviceId)).isEqualTo(20.0 * 1024 * 1024 * 1024); // one account, one allowance
        // the log in time order: lines written as things happened, "Done" and "Succeeded" read from the task list
        List<JsonObject> log = agent.get("provisionings/" + id + "/log").array().getValuesAs(JsonObject.class);
        assertThat(log).filteredOn(line -> "Validate customer account".equals(line.getString("task", null)))
                .extracting(line -> line.getString("message")).as("finished tasks not repeated")
                .containsExactly("Done: John Doe (ID: 456) is active with a valid payment method");
        int validated = firstIndex(log, line -> "Validate customer account".equals(line.getString("task", null)));
        int failedLine = firstIndex(log, line -> line.getString("level").equals("ERROR"));
        int retriedLine = firstIndex(log, line -> line.getString("message").startsWith("Retried by agent"));
        assertThat(log.get(0).getString("message")).startsWith("Started provisionMobilePlan");
        assertThat(validated).isLessThan(failedLine);
        assertThat(failedLine).isLessThan(retriedLine);
        assertThat(log.get(log.size() - 1).getString("message")).isEqualTo("Succeeded: service " + serviceId + " is active");
    }

    @Test
    void aCancelledRunTerminatesTheInactiveServiceAndReleasesItsItems() {
        admin.put("simulators/ocs", "{\"mode\": \"fail\"}");
        JsonObject failed = finished(assign("{\"customerId\": 456, \"productId\": 1, \"items\": [%d, %d], \"autoRenew\": true}",
                agent.availableItem("SIM Card", "SIM-00135"), agent.availableItem("Mobile Number", "+44 7700 900135")),
                "Could not connect");
        long id = failed.getJsonNumber("id").longValue();

        Api.Answer cancelled = agent.post("provisionings/" + id + "/cancel", "");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().getString("error")).isEqualTo("Cancelled by agent");
        assertThat(cancelled.json().getString("serviceStatus")).isEqualTo("TERMINATED");
        assertThat(offered("SIM Card")).contains("SIM-00135");
        assertThat(offered("Mobile Number")).contains("+44 7700 900135");
        assertThat(agent.post("provisionings/" + id + "/retry", "").status()).isEqualTo(422);
        assertThat(agent.post("provisionings/" + id + "/cancel", "").json().getString("message"))
                .contains("already cancelled");
        // the queue files it under Cancelled, not under Failed; the log says who cancelled it
        assertThat(supervisor.get("provisionings?status=CANCELLED").array().getValuesAs(JsonObject.class))
                .extracting(run -> run.getJsonNumber("id").longValue()).contains(id);
        assertThat(supervisor.get("provisionings?status=FAILED").array().getValuesAs(JsonObject.class))
                .extracting(run -> run.getJsonNumber("id").longValue()).doesNotContain(id);
        assertThat(agent.get("provisionings/" + id + "/log").array().getValuesAs(JsonObject.class))
                .extracting(line -> line.getString("message"))
                .contains("Cancelled by agent; held inventory released");
    }

    @Test
    void aRunWithoutProgressTimesOutAndCanBeRetried() {
        admin.put("simulators/network", "{\"mode\": \"hang\"}");
        JsonObject timedOut = finished(assign("{\"customerId\": 456, \"productId\": 2, \"items\": [%d], \"autoRenew\": true}",
                agent.availableItem("CPE Modem", "CPE-0003")), "Timed out");

        assertThat(timedOut.getString("status")).isEqualTo("FAILED");
        assertThat(timedOut.getString("error")).contains("Timed out: no progress");
        assertThat(timedOut.getJsonArray("tasks").getValuesAs(JsonObject.class))
                .filteredOn(task -> "FAILED".equals(task.getString("status")))
                .singleElement().satisfies(task -> assertThat(task.getString("detail")).isEqualTo("Timed out after 15 s"));

        admin.put("simulators/network", "{\"mode\": \"ok\"}");
        assertThat(agent.post("provisionings/" + timedOut.getJsonNumber("id") + "/retry", "").status()).isEqualTo(200);
        assertThat(finished(timedOut.getJsonNumber("id").longValue()).getString("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void aNewProcessVersionAppliesToNewRunsWhileRunningOnesFinishOnTheirs() throws Exception {
        Api analyst = new Api("analyst", "analyst");
        admin.put("simulators/ocs", "{\"mode\": \"fail\"}");
        JsonObject running = finished(assign("{\"customerId\": 456, \"productId\": 3, \"autoRenew\": false}"),
                "Could not connect");
        String bpmn = Files.readString(Path.of("../bpmn/src/main/resources/processes/provisionIptvPlan.bpmn"))
                .replace("name=\"Activate IPTV entitlement\"", "name=\"Activate IPTV channels\"");

        assertThat(agent.post("processes?name=provisionIptvPlan.bpmn", bpmn, "application/xml").status()).isEqualTo(403);
        assertThat(analyst.post("processes?name=broken.bpmn", "<definitions>no process</definitions>", "application/xml").status())
                .isEqualTo(400);
        Api.Answer deployed = analyst.post("processes?name=provisionIptvPlan.bpmn", bpmn, "application/xml");
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        int newVersion = deployed.array().getJsonObject(0).getInt("version");

        admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        agent.post("provisionings/" + running.getJsonNumber("id") + "/retry", "");
        JsonObject old = finished(running.getJsonNumber("id").longValue());
        JsonObject fresh = finished(assign("{\"customerId\": 456, \"productId\": 3, \"autoRenew\": false}"));

        assertThat(old.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(logTasks(old)).contains("Activate IPTV entitlement").doesNotContain("Activate IPTV channels");
        assertThat(fresh.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(names(fresh)).contains("Activate IPTV channels");
        assertThat(logTasks(fresh)).contains("Activate IPTV channels");
        assertThat(agent.get("provisionings/" + fresh.getJsonNumber("id") + "/log").array().getJsonObject(0)
                .getString("message")).contains("(version " + newVersion + ")");
    }

    private static int firstIndex(List<JsonObject> log, java.util.function.Predicate<JsonObject> which) {
        for (int i = 0; i < log.size(); i++) {
            if (which.test(log.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such line in " + log);
    }

    private List<String> logTasks(JsonObject run) {
        return agent.get("provisionings/" + run.getJsonNumber("id") + "/log").array().getValuesAs(JsonObject.class)
                .stream().filter(l -> l.containsKey("task") && !l.isNull("task")).map(l -> l.getString("task")).toList();
    }

    @Test
    void simulatorsAreSwitchedByAdminsOnly() {
        assertThat(agent.put("simulators/ocs", "{\"mode\": \"fail\"}").status()).isEqualTo(403);
        assertThat(admin.put("simulators/ocs", "{\"mode\": \"sideways\"}").status()).isEqualTo(400);
        assertThat(admin.put("simulators/hlr", "{\"mode\": \"ok\"}").status()).isEqualTo(404);
    }

    private long assign(String json, Object... ids) {
        Api.Answer accepted = agent.post("assignments", json.formatted(ids));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json().getJsonNumber("provisioningId").longValue();
    }

    private JsonObject finished(long provisioningId) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> agent.get("provisionings/" + provisioningId).json(),
                        view -> !"RUNNING".equals(view.getString("status")));
    }

    /** Waits until the run failed with this cause (a time-out may be reported before the system's answer). */
    private JsonObject finished(long provisioningId, String cause) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> agent.get("provisionings/" + provisioningId).json(),
                        view -> "FAILED".equals(view.getString("status")) && view.getString("error").contains(cause));
    }

    private double data(long serviceId) {
        JsonObject balances = agent.get("services/" + serviceId + "/balances").json().getJsonObject("balances");
        return balances.containsKey("*data") ? balances.getJsonNumber("*data").doubleValue() : 0;
    }

    private List<String> offered(String template) {
        return agent.get("inventory/items?template=" + Api.encode(template)).array().getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("reference")).toList();
    }

    private static List<String> names(JsonObject run) {
        return run.getJsonArray("tasks").getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList();
    }

    private static List<String> statuses(JsonObject run) {
        return run.getJsonArray("tasks").getValuesAs(JsonObject.class).stream().map(t -> t.getString("status")).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
