package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins keep the staff accounts through the API; every change is in the audit trail. */
class StaffAccountsIT extends PlanDeskIT {

    private static final String PASSWORD = "correct-horse-battery-9";

    @Test
    void aNewAgentAddedByAnAdminSignsInAndAssignsAPlan() {
        String jo = "jo" + System.nanoTime() % 1_000_000;
        Api.Answer added = admin.post("staff", """
                {"username": "%s", "password": "%s", "roles": ["agent"]}""".formatted(jo, PASSWORD));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().getJsonArray("roles").getString(0)).isEqualTo("agent");
        assertThat(added.body()).doesNotContain(PASSWORD).doesNotContain("$2a$");

        String stored = Database.text("SELECT password_hash FROM staff_user WHERE username = ?", jo);
        assertThat(stored).as("the stored credential").startsWith("$2a$10$").doesNotContain(PASSWORD);

        Api newAgent = new Api(jo, PASSWORD);
        long iptv = newAgent.get("products").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> "iptv-essentials".equals(p.getString("slug"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Answer accepted = newAgent.post("assignments", """
                {"customerId": 123, "productId": %d, "autoRenew": false}""".formatted(iptv));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long run = accepted.json().getJsonNumber("provisioningId").longValue();
        JsonObject finished = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> newAgent.get("provisionings/" + run).json(), v -> !"RUNNING".equals(v.getString("status")));
        assertThat(finished.getString("status")).as(finished.toString()).isEqualTo("SUCCEEDED");
        assertThat(newAgent.get("staff").status()).as("an agent does not keep accounts").isEqualTo(403);

        JsonObject change = admin.get("staff/changes").array().getJsonObject(0);
        assertThat(change.getString("actor")).isEqualTo("admin");
        assertThat(change.getString("username")).isEqualTo(jo);
        assertThat(change.getString("change")).isEqualTo("added");
        assertThat(change.getString("after")).isEqualTo("roles agent; enabled");
        assertThat(admin.get("staff").array().getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("username")).contains(jo, "agent", "admin");
    }

    @Test
    void aDisabledUserIsRefusedAndEnabledAgainAndARoleChangeTakesEffect() {
        String sam = "sam" + System.nanoTime() % 1_000_000;
        admin.post("staff", """
                {"username": "%s", "password": "%s", "roles": ["agent"]}""".formatted(sam, PASSWORD));
        Api samCalls = new Api(sam, PASSWORD);
        assertThat(samCalls.get("products").status()).isEqualTo(200);

        assertThat(admin.post("staff/" + sam + "/disable", "{}").status()).isEqualTo(200);
        assertThat(samCalls.get("products").status()).as("disabled: refused at once").isEqualTo(401);
        assertThat(admin.post("staff/" + sam + "/enable", "{}").status()).isEqualTo(200);
        assertThat(samCalls.get("products").status()).as("enabled again").isEqualTo(200);

        assertThat(samCalls.get("bulk-assignments/1").status()).as("bulk runs are a supervisor's").isEqualTo(403);
        assertThat(admin.put("staff/" + sam + "/roles", "{\"roles\": [\"agent\", \"supervisor\"]}").status())
                .isEqualTo(200);
        assertThat(samCalls.get("bulk-assignments/1").status()).as("now a supervisor").isNotEqualTo(403);

        List<String> trail = admin.get("staff/changes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> sam.equals(c.getString("username")))
                .map(c -> c.getString("change") + ": " + c.getString("before", "") + " -> " + c.getString("after"))
                .toList();
        assertThat(trail).containsExactly(
                "roles changed: roles agent; enabled -> roles agent, supervisor; enabled",
                "enabled: roles agent; disabled -> roles agent; enabled",
                "disabled: roles agent; enabled -> roles agent; disabled",
                "added:  -> roles agent; enabled");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeChanged() {
        String kim = "kim" + System.nanoTime() % 1_000_000;
        admin.post("staff", """
                {"username": "%s", "password": "%s", "roles": ["agent"]}""".formatted(kim, PASSWORD));
        assertThat(new Api(kim, PASSWORD).get("products").status()).isEqualTo(200);

        Api.Answer reset = admin.post("staff/" + kim + "/password", "{\"password\": \"a-new-one-for-kim-7\"}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().getBoolean("mustChangePassword")).isTrue();
        assertThat(new Api(kim, PASSWORD).get("products").status()).as("the old password").isEqualTo(401);
        assertThat(new Api(kim, "a-new-one-for-kim-7").get("products").status()).isEqualTo(200);
    }

    @Test
    void theLastAdminCannotBeDisabledOrLoseTheRole() {
        Api.Answer disabled = admin.post("staff/admin/disable", "{}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(422);
        assertThat(disabled.json().getString("message")).contains("last enabled admin");
        Api.Answer demoted = admin.put("staff/admin/roles", "{\"roles\": [\"agent\"]}");
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(422);
        assertThat(admin.get("staff").status()).as("still an admin").isEqualTo(200);
        assertThat(Database.count("SELECT COUNT(*) FROM staff_change WHERE username = 'admin'")).isZero();
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsWritten() {
        long users = Database.count("SELECT COUNT(*) FROM staff_user");
        long changes = Database.count("SELECT COUNT(*) FROM staff_change");
        expect(admin.post("staff", "{\"username\": \"jo smith\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"agent\"]}"), 400, "username", "without spaces");
        expect(admin.post("staff", "{\"username\": \"" + "j".repeat(200) + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"agent\"]}"), 400, "username", "at most 64 characters");
        expect(admin.post("staff", "{\"username\": \"nobody-roles\", \"password\": \"" + PASSWORD
                + "\", \"roles\": []}"), 400, "roles", "at least one role");
        expect(admin.post("staff", "{\"username\": \"bad-role\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"root\"]}"), 400, "roles", "Unknown role \"root\"");
        expect(admin.post("staff", "{\"username\": \"weak\", \"password\": \"short1\", \"roles\": [\"agent\"]}"),
                400, "password", "at least 12 characters");
        expect(admin.post("staff", "{\"username\": \"agent\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"agent\"]}"), 409, "username", "exists already");
        expect(admin.post("staff", "{\"username\": \"typed\", \"password\": 12345678901234, \"roles\": [\"agent\"]}"),
                400, "password", "must be text");
        expect(admin.post("staff/nobody-here/disable", "{}"), 404, "username", "No staff account");
        assertThat(Database.count("SELECT COUNT(*) FROM staff_user")).as("no account written").isEqualTo(users);
        assertThat(Database.count("SELECT COUNT(*) FROM staff_change")).as("no change recorded").isEqualTo(changes);
    }

    private static void expect(Api.Answer answer, int status, String field, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().getString("field", null)).as(answer.body()).isEqualTo(field);
        assertThat(answer.json().getString("message")).contains(message);
    }
}
