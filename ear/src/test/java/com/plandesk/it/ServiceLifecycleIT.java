package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.wildfly.plugin.tools.ServerHelper;

/**
 * A service's life after Active: terms that renew (charged on the OCS, allowances reset) or expire (the items
 * follow their template's rule), a renewal that cannot be charged suspending the service until a retry pays it,
 * and staff suspending, resuming and terminating — each a run with its task list, like a provisioning.
 */
class ServiceLifecycleIT extends PlanDeskIT {

    static final String MOBILE = """
            {"slug": "%s", "name": "Mobile %s", "category": "PLAN", "serviceType": "MOBILE",
             "customerTypes": ["INDIVIDUAL"], "enabled": true, "setupFee": 10.00, "recurring": true, "price": 7.50,
             "currency": "GBP", "processKey": "provisionMobilePlan", "term": "PT3S",
             "allowances": {"dataGb": 2, "voiceMinutes": 100},
             "inventoryRequirements": [{"template": "SIM Card", "required": true},
                                       {"template": "Mobile Number", "required": true}]}""";

    @ArquillianResource
    ManagementClient management;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aShortTermRenewsWithItsChargesWhileOneWithoutAutoRenewExpires() {
        long product = product(MOBILE.formatted("renewing-" + run, "renewing " + run));
        long customer = customer("renewals-" + run + "@example.com");
        long renewing = activeService(customer, product, true, "A");
        long expiring = activeService(customer, product, false, "B");
        List<Long> expiringItems = Database.ids("select id from inventory_item where service_id = ? order by id",
                expiring);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> charges(customer, renewing, "TERM").size() >= 2);
        agent.put("services/" + renewing + "/auto-renew", "{\"autoRenew\": false}"); // it expires next
        JsonObject expired = awaitStatus(expiring, "EXPIRED");
        JsonObject renewedThenExpired = awaitStatus(renewing, "EXPIRED");

        List<JsonObject> termCharges = charges(customer, renewing, "TERM");
        assertThat(termCharges).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(c -> assertThat(c.getJsonNumber("amount").doubleValue()).isEqualTo(7.50));
        assertThat(charges(customer, renewing, "SETUP")).hasSize(1);
        assertThat(charges(customer, expiring, "SETUP")).hasSize(1);
        assertThat(charges(customer, expiring, "TERM")).as("no renewal without auto-renew").isEmpty();
        assertThat(Database.count("select count(*) from provisioning where service_id = ? and action = 'RENEW'"
                + " and status = 'SUCCEEDED'", renewing)).isEqualTo(termCharges.size());

        assertThat(expired.getString("status")).isEqualTo("EXPIRED");
        assertThat(renewedThenExpired.getString("status")).isEqualTo("EXPIRED");
        assertThat(Database.text("select status from inventory_item where id = ?", expiringItems.get(0)))
                .as("the used SIM is retired").isEqualTo("RETIRED");
        assertThat(Database.text("select status from inventory_item where id = ?", expiringItems.get(1)))
                .as("the number waits in quarantine").isEqualTo("QUARANTINED");
        assertThat(Database.count("select count(*) from inventory_item where service_id = ?", expiring)).isZero();
        assertThat(agent.get("services/" + expiring + "/balances").status()).as("the OCS account is gone")
                .isNotEqualTo(200);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(ServiceLifecycleIT::subject))
                .anySatisfy(subject -> assertThat(subject).endsWith("has expired"));
    }

    @Test
    void theOcsDebitsEachRenewalAndResetsTheAllowancesEvenOnceTheProductIsWithdrawn() {
        long product = product(MOBILE.formatted("debited-" + run, "debited " + run));
        long customer = customer(null);
        long service = activeService(customer, product, true, "C");
        Api.Answer withdrawn = admin.put("products/" + product, MOBILE.formatted("debited-" + run, "debited " + run)
                .replace("\"enabled\": true", "\"enabled\": false"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200); // no longer sold; its customers keep it

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> charges(customer, service, "TERM").size() >= 2);
        JsonObject balances = agent.get("services/" + service + "/balances").json().getJsonObject("balances");
        int charged = charges(customer, service, "TERM").size();
        assertThat(balances.getJsonNumber("*monetary").doubleValue()).as("setup fee and each term debited")
                .isEqualTo(-10.00 - 7.50 * charged);
        assertThat(balances.getJsonNumber("*data").doubleValue()).as("reset to the plan's 2 GB, not added up")
                .isEqualTo(2.0 * 1024 * 1024 * 1024);
        agent.put("services/" + service + "/auto-renew", "{\"autoRenew\": false}");
        awaitStatus(service, "EXPIRED");
    }

    @Test
    void aRenewalThatCannotBeChargedSuspendsTheServiceAndARetryThatPaysResumesIt() {
        long product = product(MOBILE.formatted("unpaid-" + run, "unpaid " + run));
        long customer = customer(null);
        long service = activeService(customer, product, true, "D");

        admin.put("simulators/ocs", "{\"mode\": \"fail\"}");
        JsonObject failed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> lifecycleRun(service, "RENEW"), r -> r != null && "FAILED".equals(r.getString("status")));
        assertThat(failed.getString("error")).contains("OCS");
        awaitStatus(service, "SUSPENDED");
        assertThat(agent.get("provisionings?status=FAILED").array().getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getJsonNumber("id").longValue()).isEqualTo(failed.getJsonNumber("id").longValue());
                    assertThat(r.getString("actionLabel")).isEqualTo("Renewal");
                });
        assertThat(charges(customer, service, "TERM")).as("nothing charged").isEmpty();

        admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        long renewal = failed.getJsonNumber("id").longValue();
        Api.Answer retried = agent.post("provisionings/" + renewal + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        awaitRun(renewal);
        awaitStatus(service, "ACTIVE");
        assertThat(charges(customer, service, "TERM")).isNotEmpty();

        agent.put("services/" + service + "/auto-renew", "{\"autoRenew\": false}");
        awaitStatus(service, "EXPIRED");
    }

    @Test
    void aRenewalRefusedForThePaymentMethodIsRetriedWhenStaffFixIt() {
        long product = product(MOBILE.formatted("payment-" + run, "payment " + run));
        long customer = customer(null);
        long service = activeService(customer, product, true, "P");
        String details = """
                {"type": "INDIVIDUAL", "name": "Lifecycle %s", "paymentMethodValid": %s}""";
        assertThat(agent.put("customers/" + customer, details.formatted(run, false)).status()).isEqualTo(200);

        JsonObject failed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> lifecycleRun(service, "RENEW"), r -> r != null && "FAILED".equals(r.getString("status")));
        assertThat(failed.getString("error")).containsIgnoringCase("payment method");
        awaitStatus(service, "SUSPENDED");
        assertThat(charges(customer, service, "TERM")).as("nothing charged").isEmpty();

        assertThat(agent.put("customers/" + customer, details.formatted(run, true)).status()).isEqualTo(200);
        long retried = failed.getJsonNumber("id").longValue();
        awaitRun(retried);
        awaitStatus(service, "ACTIVE");
        // the retried renewal charged its term once (the 3 s terms after it may have renewed and charged since)
        assertThat(charges(customer, service, "TERM")).filteredOn(c -> c.getJsonNumber("provisioningId")
                .longValue() == retried).hasSize(1);
        assertThat(agent.get("provisionings/" + failed.getJsonNumber("id") + "/log").array()
                .getValuesAs(JsonObject.class)).extracting(line -> line.getString("message"))
                .contains("Retried by agent: the payment method was fixed");
        agent.put("services/" + service + "/auto-renew", "{\"autoRenew\": false}");
    }

    @Test
    void staffSuspendResumeAndTerminateAServiceAndBadRequestsChangeNothing() {
        long product = product(MOBILE.formatted("staff-" + run, "staff " + run).replace("PT3S", "P1M"));
        long customer = customer(null);
        long service = activeService(customer, product, true, "E");

        expectError(agent.post("services/" + service + "/suspend", "{}"), 400, "reason");
        expectError(agent.post("services/" + service + "/suspend", "{\"reason\": 5}"), 400, "reason");
        expectError(agent.post("services/" + service + "/resume", "{}"), 409, "serviceId");
        assertThat(agent.post("services/999999999/suspend", "{\"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(Database.count("select count(*) from provisioning where service_id = ?", service))
                .as("only its provisioning").isEqualTo(1);

        JsonObject suspension = awaitRun(started(agent.post("services/" + service + "/suspend",
                "{\"reason\": \"Customer abroad\"}")));
        assertThat(suspension.getString("actionLabel")).isEqualTo("Suspension");
        assertThat(suspension.getString("reason")).isEqualTo("Customer abroad");
        assertThat(suspension.getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("name"))
                .containsExactly("Mark suspended", "Bar on the network", "Disable OCS account");
        assertThat(agent.get("services/" + service).json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(agent.get("services/" + service + "/check").json().getJsonArray("answers")
                .getValuesAs(JsonObject.class)).anySatisfy(a -> {
                    assertThat(a.getString("system")).contains("HLR");
                    assertThat(a.getBoolean("ok")).as("barred").isFalse();
                });

        awaitRun(started(agent.post("services/" + service + "/resume", "{}")));
        assertThat(agent.get("services/" + service).json().getString("status")).isEqualTo("ACTIVE");
        assertThat(agent.get("services/" + service + "/check").json().getJsonArray("answers")
                .getValuesAs(JsonObject.class)).allSatisfy(a -> assertThat(a.getBoolean("ok"))
                .as(a.toString()).isEqualTo(!a.getString("check").equals("Welcome e-mail sent")));

        JsonObject termination = awaitRun(started(agent.post("services/" + service + "/terminate",
                "{\"reason\": \"Customer left\"}")));
        assertThat(termination.getString("serviceStatus")).isEqualTo("TERMINATED");
        long runs = Database.count("select count(*) from provisioning where service_id = ?", service);
        expectError(agent.post("services/" + service + "/terminate", "{\"reason\": \"again\"}"), 409, "serviceId");
        expectError(agent.post("services/" + service + "/suspend", "{\"reason\": \"too late\"}"), 409, "serviceId");
        assertThat(Database.count("select count(*) from provisioning where service_id = ?", service)).isEqualTo(runs);
        assertThat(agent.get("customers/" + customer + "/activity").array().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("action")).contains("Suspended", "Resumed", "Terminated");
    }

    @Test
    void aServiceAssignedToTheWrongCustomerMovesToTheRightOneWithItsItems() {
        long product = product(MOBILE.formatted("moved-" + run, "moved " + run).replace("PT3S", "P1M"));
        long wrong = customer(null);
        long right = customer("right-" + run + "@example.com");
        long service = activeService(wrong, product, true, "F");

        expectError(agent.post("services/" + service + "/move", "{\"customerId\": \"x\"}"), 400, "customerId");
        expectError(agent.post("services/" + service + "/move", "{\"customerId\": " + wrong + "}"), 422,
                "customerId");
        expectError(agent.post("services/" + service + "/move", "{\"customerId\": 789}"), 422, "productId");
        assertThat(agent.post("services/" + service + "/move", "{\"customerId\": 999999999}").status())
                .isEqualTo(404);
        assertThat(Database.count("select count(*) from provisioning where service_id = ?", service)).isEqualTo(1);

        JsonObject move = awaitRun(started(agent.post("services/" + service + "/move",
                "{\"customerId\": " + right + "}")));
        assertThat(move.getString("actionLabel")).isEqualTo("Move");
        JsonObject moved = agent.get("services/" + service).json();
        assertThat(moved.getJsonNumber("customerId").longValue()).isEqualTo(right);
        assertThat(moved.getString("status")).isEqualTo("ACTIVE");
        assertThat(agent.get("customers/" + right + "/items").array()).hasSize(2);
        assertThat(agent.get("customers/" + wrong + "/items").array()).isEmpty();
        assertThat(agent.get("customers/" + wrong + "/activity").array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("action")).isEqualTo("Service moved out"));
        assertThat(agent.get("customers/" + right + "/activity").array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("action")).isEqualTo("Service moved in"));
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(ServiceLifecycleIT::recipient))
                .contains("right-" + run + "@example.com");
        assertThat(agent.get("services/" + service + "/check").json().getBoolean("allOk")).as("welcomed too").isTrue();
    }

    @Test
    void aServerReloadKeepsWhatTheOcsAndTheNetworkWereTold() {
        long product = product(MOBILE.formatted("kept-" + run, "kept " + run).replace("PT3S", "P1M"));
        long customer = customer("kept-" + run + "@example.com");
        long mobile = activeService(customer, product, true, "G");
        long suspended = activeService(customer, product, true, "H");
        awaitRun(started(agent.post("services/" + suspended + "/suspend", "{\"reason\": \"Lost phone\"}")));
        long modem = admin.addItem("CPE Modem", "CPE-LC-" + run, null);
        Api.Answer accepted = agent.post("assignments", """
                {"customerId": %d, "productId": 2, "items": [%d], "autoRenew": true,
                 "installationDate": "2030-01-15"}""".formatted(customer, modem));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long internet = awaitRun(started(accepted)).getJsonNumber("serviceId").longValue();
        JsonObject balances = agent.get("services/" + mobile + "/balances").json().getJsonObject("balances");

        reloadServer();

        assertThat(agent.get("services/" + mobile + "/check").json().getBoolean("allOk")).as("SIM, number, OCS")
                .isTrue();
        assertThat(agent.get("services/" + internet + "/check").json().getBoolean("allOk")).as("RADIUS, OCS")
                .isTrue();
        assertThat(agent.get("services/" + mobile + "/balances").json().getJsonObject("balances"))
                .isEqualTo(balances);
        assertThat(agent.get("services/" + suspended + "/check").json().getJsonArray("answers")
                .getValuesAs(JsonObject.class)).anySatisfy(a -> {
                    assertThat(a.getString("system")).contains("HLR");
                    assertThat(a.getBoolean("ok")).as("still barred").isFalse();
                });
        awaitRun(started(agent.post("services/" + suspended + "/resume", "{}")));
        assertThat(agent.get("services/" + suspended + "/check").json().getBoolean("allOk")).isTrue();
    }

    @Test
    void aTerminatedInternetServicesModemIsDueBackUntilStaffConfirmItReturned() {
        long customer = customer("modem-" + run + "@example.com");
        long modem = admin.addItem("CPE Modem", "CPE-RT-" + run, "SN-RT-" + run);
        Api.Answer accepted = agent.post("assignments", """
                {"customerId": %d, "productId": 2, "items": [%d], "autoRenew": true,
                 "installationDate": "2030-01-15"}""".formatted(customer, modem));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long internet = awaitRun(started(accepted)).getJsonNumber("serviceId").longValue();

        JsonObject termination = awaitRun(started(agent.post("services/" + internet + "/terminate",
                "{\"reason\": \"Moved abroad\"}")));
        assertThat(termination.getJsonArray("tasks").getValuesAs(JsonObject.class))
                .anySatisfy(t -> assertThat(t.getString("detail", "")).contains("1 due back from the customer"));
        assertThat(Database.text("select status from inventory_item where id = ?", modem)).isEqualTo("RETURN_DUE");
        assertThat(Database.count("select count(*) from inventory_item where id = ? and customer_id = ?", modem,
                customer)).as("the customer still has it").isEqualTo(1);
        assertThatThrownBy(() -> agent.availableItem("CPE Modem", "CPE-RT-" + run)).as("not offered")
                .isInstanceOf(AssertionError.class);

        Api.Answer returned = agent.post("inventory/items/" + modem + "/returned", "");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().getString("status")).isEqualTo("IN_STOCK");
        assertThat(agent.availableItem("CPE Modem", "CPE-RT-" + run)).isEqualTo(modem);
        expectError(agent.post("inventory/items/" + modem + "/returned", ""), 409, "status");
    }

    /** Reloads the whole server, as a restart would: the simulators start again from what they stored. */
    private void reloadServer() {
        ServerHelper.executeReload(management.getControllerClient(), Operations.createOperation("reload"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> !answers()); // the reload has begun: the application is down
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(this::answers);
    }

    private boolean answers() {
        try {
            return agent.get("simulators").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private long product(String json) {
        Api.Answer created = admin.post("products", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long customer(String email) {
        Api.Answer created = agent.post("customers", """
                {"type": "INDIVIDUAL", "name": "Lifecycle %s", "paymentMethodValid": true%s}""".formatted(run,
                email == null ? "" : ", \"email\": \"" + email + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long activeService(long customer, long product, boolean autoRenew, String tag) {
        long sim = admin.addItem("SIM Card", "SIM-LC-" + run + tag, Api.iccid("894400" + (1_000_000_000_000L
                + Math.abs((run + tag).hashCode()))));
        long number = admin.addItem("Mobile Number", "+44 7700 9%06d".formatted(Math.abs((run + tag).hashCode()) % 1_000_000), null);
        Api.Answer accepted = agent.post("assignments", """
                {"customerId": %d, "productId": %d, "items": [%d, %d], "autoRenew": %s}"""
                .formatted(customer, product, sim, number, autoRenew));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonObject done = awaitRun(accepted.json().getJsonNumber("provisioningId").longValue());
        return done.getJsonNumber("serviceId").longValue();
    }

    private JsonObject awaitRun(long provisioning) {
        JsonObject done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> agent.get("provisionings/" + provisioning).json(),
                        view -> !"RUNNING".equals(view.getString("status")));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        return done;
    }

    private JsonObject awaitStatus(long service, String status) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> agent.get("services/" + service).json(), s -> status.equals(s.getString("status")));
    }

    private static long started(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().getJsonNumber("provisioningId").longValue();
    }

    private JsonObject lifecycleRun(long service, String action) {
        List<Long> ids = Database.ids("select id from provisioning where service_id = ? and action = ? order by id",
                service, action);
        return ids.isEmpty() ? null : agent.get("provisionings/" + ids.get(0)).json();
    }

    private List<JsonObject> charges(long customer, long service, String kind) {
        return agent.get("customers/" + customer + "/charges").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("serviceId").longValue() == service && kind.equals(c.getString("kind")))
                .toList();
    }

    private static void expectError(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().getString("field")).as(answer.body()).isEqualTo(field);
        assertThat(answer.json().getString("message")).isNotBlank();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
