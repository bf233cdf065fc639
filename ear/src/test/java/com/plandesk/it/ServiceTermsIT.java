package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A recurring service is paid for by the term its product sets; staff switch its auto-renew. */
class ServiceTermsIT extends PlanDeskIT {

    static final String IPTV = """
            {"slug": "%s", "name": "IPTV %s", "category": "PLAN", "serviceType": "IPTV",
             "customerTypes": ["INDIVIDUAL"], "enabled": true, "setupFee": 0, "recurring": %s, "price": 9.00,
             "currency": "GBP", "processKey": "provisionIptvPlan", "inventoryRequirements": []%s}""";

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProductsTermIsSavedReturnedAndCheckedAndAMonthByDefault() {
        Api.Answer quick = admin.post("products", IPTV.formatted("quick-" + run, "quick " + run, true,
                ", \"term\": \"pt5s\""));
        assertThat(quick.status()).as(quick.body()).isEqualTo(201);
        assertThat(agent.get("products/" + quick.json().getJsonNumber("id")).json().getString("term"))
                .isEqualTo("PT5S");
        assertThat(admin.post("products", IPTV.formatted("monthly-" + run, "monthly " + run, true, ""))
                .json().getString("term")).isEqualTo("P1M");
        assertThat(admin.post("products", IPTV.formatted("once-" + run, "once " + run, false, ""))
                .json()).as("a one-off product has no term").doesNotContainKey("term");

        long before = Database.count("select count(*) from product");
        Api.Answer badTerm = admin.post("products", IPTV.formatted("bad-" + run, "bad " + run, true,
                ", \"term\": \"5 seconds\""));
        assertThat(badTerm.status()).isEqualTo(400);
        assertThat(badTerm.json().getString("field")).isEqualTo("term");
        assertThat(badTerm.json().getString("message")).contains("ISO-8601", "P1M");
        assertThat(admin.post("products", IPTV.formatted("oneoff-" + run, "oneoff " + run, false,
                ", \"term\": \"P1M\"")).status()).isEqualTo(400);
        assertThat(Database.count("select count(*) from product")).isEqualTo(before);
    }

    @Test
    void anActivatedServiceIsInItsFirstTermAndStaffSwitchItsAutoRenew() {
        long product = admin.post("products", IPTV.formatted("term-" + run, "term " + run, true,
                ", \"term\": \"PT5S\"")).json().getJsonNumber("id").longValue();
        long customer = customer();
        JsonObject service = activeService(customer, product, true);

        LocalDateTime start = LocalDateTime.parse(service.getString("currentTermStart"));
        LocalDateTime end = LocalDateTime.parse(service.getString("currentTermEnd"));
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofSeconds(5));
        assertThat(LocalDateTime.parse(service.getString("activatedAt"))).isEqualTo(start);
        assertThat(service.getBoolean("autoRenew")).isTrue();

        long id = service.getJsonNumber("id").longValue();
        Api.Answer off = agent.put("services/" + id + "/auto-renew", "{\"autoRenew\": false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().getBoolean("autoRenew")).isFalse();
        assertThat(agent.get("services/" + id).json().getBoolean("autoRenew")).isFalse();
        assertThat(agent.get("customers/" + customer + "/activity").array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getString("action")).isEqualTo("Auto-renew off");
                    assertThat(a.getString("actor")).isEqualTo("agent");
                    assertThat(a.getString("detail")).contains("service " + id);
                });

        Api.Answer maybe = agent.put("services/" + id + "/auto-renew", "{\"autoRenew\": \"maybe\"}");
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.json().getString("field")).isEqualTo("autoRenew");
        assertThat(agent.get("services/" + id).json().getBoolean("autoRenew")).as("unchanged").isFalse();
    }

    @Test
    void aOneOffServiceHasNoTermAndNoAutoRenewToSwitch() {
        long product = admin.post("products", IPTV.formatted("oneoff-svc-" + run, "oneoff svc " + run, false, ""))
                .json().getJsonNumber("id").longValue();
        JsonObject service = activeService(customer(), product, false);

        assertThat(service).doesNotContainKey("currentTermEnd");
        Api.Answer refused = agent.put("services/" + service.getJsonNumber("id") + "/auto-renew",
                "{\"autoRenew\": true}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("message")).contains("paid once");
    }

    private long customer() {
        Api.Answer created = agent.post("customers", """
                {"type": "INDIVIDUAL", "name": "Term Holder %s", "paymentMethodValid": true}""".formatted(run));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject activeService(long customer, long product, boolean autoRenew) {
        Api.Answer accepted = agent.post("assignments", """
                {"customerId": %d, "productId": %d, "autoRenew": %s}""".formatted(customer, product, autoRenew));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long provisioning = accepted.json().getJsonNumber("provisioningId").longValue();
        JsonObject done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> agent.get("provisionings/" + provisioning).json(),
                        view -> !"RUNNING".equals(view.getString("status")));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        return agent.get("services/" + done.getJsonNumber("serviceId")).json();
    }
}
