package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vertical slice through the API, in the WildFly that the build provisions, with a real SMTP server. */
class MobilePlanAssignmentIT extends PlanDeskIT {

    static final List<String> SEED_TASKS = List.of("Validate customer account", "Assign SIM Card",
            "Assign Mobile Number", "Configure OCS account", "Create service record", "Send welcome email");

    @Test
    void mobilePlanForJohnSmithEndsWithAnActiveServiceAndItsItemsAssigned() throws Exception {
        long sim = agent.availableItem("SIM Card", "SIM-00123");
        long number = agent.availableItem("Mobile Number", "+44 7700 900124");

        Api.Answer accepted = agent.post("assignments", """
                {"customerId": 123, "productId": 1, "items": [%d, %d], "autoRenew": true}""".formatted(sim, number));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long provisioningId = accepted.json().getJsonNumber("provisioningId").longValue();
        long serviceId = accepted.json().getJsonNumber("serviceId").longValue();

        List<JsonObject> seen = new ArrayList<>();
        JsonObject finished = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100))
                .until(() -> record(seen, agent.get("provisionings/" + provisioningId).json()),
                        view -> !"RUNNING".equals(view.getString("status")));

        assertThat(finished.getString("status")).as(finished.toString()).isEqualTo("SUCCEEDED");
        assertThat(names(finished)).containsExactlyElementsOf(SEED_TASKS);
        assertThat(statuses(finished)).containsOnly("DONE");
        assertThat(finished.getInt("done")).isEqualTo(6);
        assertThat(finished.getInt("total")).isEqualTo(6);
        assertThat(finished.getJsonArray("tasks").getJsonObject(1).getString("detail"))
                .isEqualTo("ICCID: 89441000000000000018");
        assertThat(finished.getString("serviceName")).isEqualTo("Mobile - +44 7700 900124");
        assertThat(finished.getString("serviceStatus")).isEqualTo("ACTIVE");
        assertThat(agent.get("provisionings/" + provisioningId + "/log").array().getValuesAs(JsonObject.class))
                .filteredOn(line -> "Assign SIM Card".equals(line.getString("task", null)))
                .extracting(line -> line.getString("message")).containsExactly("Done: ICCID: 89441000000000000018");
        seen.forEach(MobilePlanAssignmentIT::isAConsistentProgressView);

        // The end state, read from the database itself.
        assertThat(Database.text("select status from customer_service where id = ?", serviceId)).isEqualTo("ACTIVE");
        assertThat(Database.text("select name from customer_service where id = ?", serviceId))
                .isEqualTo("Mobile - +44 7700 900124");
        assertThat(Database.count("""
                select count(*) from inventory_item
                where reference in ('SIM-00123', '+44 7700 900124')
                  and status = 'ASSIGNED' and service_id = ? and customer_id = 123""", serviceId)).isEqualTo(2);
        JsonArray storedTasks = Json.createReader(new StringReader(
                Database.text("select tasks from provisioning where id = ?", provisioningId))).readArray();
        assertThat(storedTasks.getValuesAs(JsonObject.class)).extracting(t -> t.getString("status"))
                .containsExactly("DONE", "DONE", "DONE", "DONE", "DONE", "DONE");

        MimeMessage[] mail = SMTP.getReceivedMessages();
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getAllRecipients()[0].toString()).isEqualTo("john.smith@example.com");
        assertThat(mail[0].getSubject()).isEqualTo("Welcome to Mobile - +44 7700 900124");
    }

    @Test
    void badRequestsGetAnActionableErrorAndWriteNothing() {
        long sim = agent.availableItem("SIM Card", "SIM-00124");
        long number = agent.availableItem("Mobile Number", "+44 7700 900125");
        long reservedNumber = Database.count("select id from inventory_item where reference = '+44 7700 900123'");
        long servicesBefore = Database.count("select count(*) from customer_service");
        long assignmentsBefore = Database.count("select count(*) from assignment");

        expectError(agent.post("assignments", "{\"customerId\": 123, \"productId\": "), 400, "malformed_request", null);
        expectError(agent.post("assignments", "{\"productId\": 1, \"items\": [%d, %d]}".formatted(sim, number)),
                400, "invalid_request", "customerId");
        expectError(agent.post("assignments", "{\"customerId\": 999999, \"productId\": 1, \"items\": [%d, %d]}"
                .formatted(sim, number)), 404, "not_found", "customerId");
        expectError(agent.post("assignments", "{\"customerId\": 123, \"productId\": 999999, \"items\": [%d, %d]}"
                .formatted(sim, number)), 404, "not_found", "productId");
        expectError(agent.post("assignments", "{\"customerId\": 123, \"productId\": 1, \"items\": [%d, %d]}"
                .formatted(sim, reservedNumber)), 409, "conflict", "items");
        Api.Answer missingNumber = agent.post("assignments",
                "{\"customerId\": 123, \"productId\": 1, \"items\": [%d]}".formatted(sim));
        expectError(missingNumber, 422, "not_allowed", "items");
        assertThat(missingNumber.json().getString("message")).contains("needs a Mobile Number");

        assertThat(Database.count("select count(*) from customer_service")).isEqualTo(servicesBefore);
        assertThat(Database.count("select count(*) from assignment")).isEqualTo(assignmentsBefore);
        assertThat(agent.availableItem("SIM Card", "SIM-00124")).isEqualTo(sim);
        assertThat(agent.availableItem("Mobile Number", "+44 7700 900125")).isEqualTo(number);
    }

    @Test
    void theApiAsksForCredentialsAndSaysInJsonWhenTheyAreWrong() {
        Api.Answer anonymous = Api.anonymous().get("products");
        expectError(anonymous, 401, "unauthorized", null);
        assertThat(anonymous.json().getString("message")).isEqualTo("Sign in with your Plan Desk user (HTTP Basic).");

        // a program reads the answer: JSON that says what is wrong, not the screens' sign-in page
        for (Api wrong : List.of(new Api("agent", "not-the-password"), new Api("nobody", "agent"), new Api("", ""))) {
            Api.Answer refused = wrong.get("products");
            expectError(refused, 401, "unauthorized", null);
            assertThat(refused.json().getString("message"))
                    .isEqualTo("The user name or password is wrong: sign in with your Plan Desk user (HTTP Basic).");
            Api.Answer post = wrong.post("assignments", "{\"customerId\": 123, \"productId\": 1}");
            expectError(post, 401, "unauthorized", null);
        }
    }

    private static void expectError(Api.Answer answer, int status, String error, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        JsonObject body = answer.json();
        assertThat(body.getString("error")).isEqualTo(error);
        assertThat(body.getString("message")).isNotBlank();
        if (field != null) {
            assertThat(body.getString("field")).isEqualTo(field);
        }
    }

    private static JsonObject record(List<JsonObject> seen, JsonObject view) {
        seen.add(view);
        return view;
    }

    /** While it runs: the tasks in process order, done counted right, and at most the next task running. */
    private static void isAConsistentProgressView(JsonObject view) {
        assertThat(names(view)).containsExactlyElementsOf(SEED_TASKS);
        List<String> statuses = statuses(view);
        assertThat(view.getInt("done")).isEqualTo((int) statuses.stream().filter("DONE"::equals).count());
        int firstNotDone = statuses.indexOf(statuses.stream().filter(s -> !"DONE".equals(s)).findFirst().orElse("-"));
        if (firstNotDone >= 0) {
            assertThat(statuses.subList(0, firstNotDone)).allMatch("DONE"::equals);
            assertThat(statuses.get(firstNotDone)).isEqualTo("RUNNING");
            assertThat(statuses.subList(firstNotDone + 1, statuses.size())).allMatch("PENDING"::equals);
        }
    }

    private static List<String> names(JsonObject view) {
        return view.getJsonArray("tasks").getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList();
    }

    private static List<String> statuses(JsonObject view) {
        return view.getJsonArray("tasks").getValuesAs(JsonObject.class).stream().map(t -> t.getString("status")).toList();
    }
}
