package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins keep the catalog: only valid products get in, and disabling one hides it from staff. */
class ProductManagementIT extends PlanDeskIT {

    static final String VALID = """
            {"slug": "%s", "name": "%s", "category": "PLAN", "serviceType": "MOBILE",
             "customerTypes": ["INDIVIDUAL"], "enabled": true, "setupFee": %s, "recurring": true, "price": 20.00,
             "currency": "GBP", "processKey": "%s",
             "inventoryRequirements": [{"template": "%s", "required": true}]}""";

    @Test
    void invalidProductsAreRefusedWithTheReason() {
        long before = Database.count("select count(*) from product");

        expect(admin.post("products", VALID.formatted("bad-price", "Bad price", "-1.00", "provisionMobilePlan", "SIM Card")),
                400, "setupFee", "negative");
        expect(admin.post("products", VALID.formatted("bad-process", "Bad process", "0", "noSuchProcess", "SIM Card")),
                422, "processKey", "provisionMobilePlan");
        expect(admin.post("products", VALID.formatted("bad-template", "Bad template", "0", "provisionMobilePlan", "eSIM")),
                404, "template", "check the template name");
        expect(admin.post("products", VALID.formatted("mobile-20gb", "Duplicate", "0", "provisionMobilePlan", "SIM Card")),
                409, "slug", "mobile-20gb");
        assertThat(agent.post("products", VALID.formatted("by-agent", "By agent", "0", "provisionMobilePlan", "SIM Card"))
                .status()).isEqualTo(403);

        assertThat(Database.count("select count(*) from product")).isEqualTo(before);
    }

    @Test
    void aDisabledProductLeavesTheCatalogButItsServicesStay() {
        Api.Answer created = admin.post("products",
                VALID.formatted("mobile-50gb", "Mobile - 50GB Plan", "0", "provisionMobilePlan", "SIM Card"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(catalogNames()).contains("Mobile - 50GB Plan");

        Api.Answer disabled = admin.put("products/" + id,
                VALID.formatted("mobile-50gb", "Mobile - 50GB Plan", "0", "provisionMobilePlan", "SIM Card")
                        .replace("\"enabled\": true", "\"enabled\": false"));

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(catalogNames()).doesNotContain("Mobile - 50GB Plan");
        assertThat(agent.get("products/" + id).json().getBoolean("enabled")).isFalse();
    }

    @Test
    void aCallerThatAcceptsNoJsonIsToldSoInTheApisOwnWords() {
        Api.Answer html = agent.get("products", "text/html");

        assertThat(html.status()).isEqualTo(406);
        assertThat(html.json().getString("error")).isEqualTo("http_406");
        assertThat(html.json().getString("message")).isEqualTo("This call answers in application/json, which the "
                + "request's Accept header ('text/html') does not take: accept it, or leave Accept out.");
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingItsFieldAndNothingIsWritten() {
        long services = Database.count("select count(*) from customer_service");

        Api.Answer maybe = agent.post("assignments", """
                {"customerId": 456, "productId": 3, "autoRenew": "maybe"}""");
        assertThat(maybe.status()).as(maybe.body()).isEqualTo(400);
        assertThat(maybe.json().getString("field")).isEqualTo("autoRenew");
        assertThat(maybe.json().getString("message")).isEqualTo("autoRenew must be true or false, not the text \"maybe\".");

        Api.Answer text = agent.post("assignments", """
                {"customerId": "456", "productId": 3, "autoRenew": true}""");
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.json().getString("field")).isEqualTo("customerId");

        Api.Answer price = admin.post("products", VALID.formatted("text-price", "Text price", "0", "provisionMobilePlan",
                "SIM Card").replace("\"price\": 20.00", "\"price\": \"20.00\""));
        assertThat(price.status()).as(price.body()).isEqualTo(400);
        assertThat(price.json().getString("field")).isEqualTo("price");

        assertThat(Database.count("select count(*) from customer_service")).isEqualTo(services);
        assertThat(agent.get("products?category=PLAN").body()).doesNotContain("text-price");
    }

    @Test
    void theCatalogFiltersByCategoryAndCustomerType() {
        List<String> businessPlans = agent.get("products?category=PLAN&customerType=BUSINESS").array()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();

        assertThat(businessPlans).contains("VoIP - Business Line", "Mobile - 20GB Plan")
                .doesNotContain("IPTV - Essentials", "5GB Data Boost");
        assertThat(agent.get("products?category=GADGET").status()).isEqualTo(400);
    }

    private List<String> catalogNames() {
        return agent.get("products").array().getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
    }

    private static void expect(Api.Answer answer, int status, String field, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().getString("field")).isEqualTo(field);
        assertThat(answer.json().getString("message")).contains(messagePart);
    }
}
