package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Stock that is offered, reserved, released and never given twice. */
class InventoryReservationIT extends PlanDeskIT {

    @Test
    void fiftyAgentsReservingOverlappingItemsNeverShareOne() throws Exception {
        List<Long> modems = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            modems.add(admin.addItem("CPE Modem", "RACE-" + i, null));
        }
        List<Callable<Api.Answer>> reservations = new ArrayList<>();
        for (int a = 0; a < 50; a++) {
            String pair = "{\"itemIds\": [%d, %d]}".formatted(modems.get(a % 10), modems.get((a + 1) % 10));
            reservations.add(() -> agent.post("reservations", pair));
        }
        List<Api.Answer> results = allAtOnce(reservations);

        List<Api.Answer> winners = results.stream().filter(r -> r.status() == 201).toList();
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(201, 409));
        assertThat(winners).isNotEmpty();
        results.stream().filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.json().getString("message")).contains("Already taken"));
        // Every reserved modem belongs to exactly one winning reservation, and each winner holds both its items.
        List<String> tokens = winners.stream().map(w -> w.json().getString("token")).toList();
        for (String token : tokens) {
            assertThat(Database.count("select count(*) from inventory_item where reservation_token = ?", token))
                    .isEqualTo(2);
        }
        // counted by this test's own items, not by a reference pattern another test's items could match
        String reserved = "select count(*) from inventory_item where status = 'RESERVED' and id in ("
                + modems.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        assertThat(Database.count(reserved)).isEqualTo(2L * winners.size());
        assertThat(Database.count(reserved + " and reservation_token is null")).isZero();
    }

    @Test
    void twentyAssignmentsRacingForOverlappingStockNeverShareAnItem() throws Exception {
        List<Long> sims = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sims.add(admin.addItem("SIM Card", "DUEL-SIM-" + i, Api.iccid("894499000000000000" + i)));
            numbers.add(admin.addItem("Mobile Number", "+44 7700 9009" + (50 + i), null));
        }
        long customer = agent.post("customers", "{\"type\": \"INDIVIDUAL\", \"name\": \"Race Winner\", "
                + "\"paymentMethodValid\": true}").json().getJsonNumber("id").longValue();
        List<Callable<Api.Answer>> assignments = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            String request = "{\"customerId\": %d, \"productId\": 1, \"items\": [%d, %d], \"autoRenew\": false}"
                    .formatted(customer, sims.get(a % 5), numbers.get((a + 1) % 5));
            assignments.add(() -> agent.post("assignments", request));
        }
        List<Api.Answer> results = allAtOnce(assignments);

        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(202, 409));
        results.stream().filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.json().getString("message")).containsPattern("(no longer|not) available"));
        List<Long> services = results.stream().filter(r -> r.status() == 202)
                .map(r -> r.json().getJsonNumber("serviceId").longValue()).toList();
        assertThat(services).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        // each winner holds its SIM and its number, no item is held twice, and losers left nothing behind
        for (long service : services) {
            assertThat(Database.count("select count(*) from inventory_item where service_id = ?", service)).isEqualTo(2);
        }
        assertThat(Database.count("select count(*) from inventory_item where (reference like 'DUEL-SIM-%'"
                + " or reference like '+44 7700 90095_') and service_id is not null")).isEqualTo(2L * services.size());
        assertThat(Database.count("select count(*) from customer_service where customer_id = ?", customer))
                .isEqualTo(services.size());
    }

    @Test
    void aReservedItemIsNotOfferedUntilItIsReleased() {
        long sim = admin.addItem("SIM Card", "SIM-HELD-1", Api.iccid("8944990000000000901"));
        String token = agent.post("reservations", "{\"itemIds\": [%d]}".formatted(sim)).json().getString("token");

        assertThat(offered("SIM Card")).doesNotContain("SIM-HELD-1");
        assertThat(agent.post("reservations", "{\"itemIds\": [%d]}".formatted(sim)).status()).isEqualTo(409);

        assertThat(agent.delete("reservations/" + token).status()).isEqualTo(204);
        assertThat(offered("SIM Card")).contains("SIM-HELD-1");
        assertThat(Database.text("select status from inventory_item where id = ?", sim)).isEqualTo("IN_STOCK");
    }

    @Test
    void anExpiredReservationIsReleasedAndOfferedAgain() {
        long sim = admin.addItem("SIM Card", "SIM-EXPIRES-1", Api.iccid("8944990000000000902"));
        agent.post("reservations", "{\"itemIds\": [%d], \"holdSeconds\": 1}".formatted(sim));

        await().atMost(Duration.ofSeconds(30)).until(() -> offered("SIM Card").contains("SIM-EXPIRES-1"));
        assertThat(agent.post("reservations", "{\"itemIds\": [%d]}".formatted(sim)).status()).isEqualTo(201);
        // and the expiry job gives back what nobody took again, within its 30 s period
        long modem = admin.addItem("CPE Modem", "CPE-EXPIRES-1", null);
        agent.post("reservations", "{\"itemIds\": [%d], \"holdSeconds\": 1}".formatted(modem));
        await().atMost(Duration.ofSeconds(90)).until(() ->
                "IN_STOCK".equals(Database.text("select status from inventory_item where id = ?", modem)));
    }

    @Test
    void anAssignmentCanUseTheAgentsReservation() {
        long sim = agent.availableItem("SIM Card", "SIM-00130");
        long number = agent.availableItem("Mobile Number", "+44 7700 900130");
        String token = agent.post("reservations", "{\"itemIds\": [%d, %d]}".formatted(sim, number)).json()
                .getString("token");

        Api.Answer accepted = agent.post("assignments",
                "{\"customerId\": 456, \"productId\": 1, \"reservationToken\": \"%s\", \"autoRenew\": false}".formatted(token));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long serviceId = accepted.json().getJsonNumber("serviceId").longValue();
        assertThat(Database.count("select count(*) from inventory_item where service_id = ? and reservation_token is null",
                serviceId)).isEqualTo(2);
    }

    @Test
    void stockIsAddedOnceAndImportedLineByLine() {
        assertThat(admin.post("inventory/items", "{\"template\": \"SIM Card\", \"reference\": \"SIM-00123\"}").status())
                .isEqualTo(409);
        assertThat(agent.post("inventory/items", "{\"template\": \"SIM Card\", \"reference\": \"SIM-NEW-9\"}").status())
                .isEqualTo(403);
        Api.Answer unknown = admin.post("inventory/items", "{\"template\": \"Sim Kard\", \"reference\": \"X-1\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("message")).contains("check the template name");

        JsonObject result = admin.postCsv("inventory/items/import", """
                template,reference,identifier,status
                SIM Card,SIM-IMP-1,89449999000000000006,NEW
                SIM Card,SIM-00123,,
                Sim Kard,SIM-IMP-2,,
                CPE Modem,CPE-IMP-1,SN-IMP1,IN_STOCK
                """).json();

        assertThat(result.getInt("added")).isEqualTo(2);
        assertThat(result.getInt("rejected")).isEqualTo(2);
        assertThat(result.getJsonArray("lines").getJsonObject(1).getString("message")).contains("already exists");
        assertThat(offered("SIM Card")).contains("SIM-IMP-1");
    }

    @Test
    void identifiersAreCheckedAsStockEntersAndASimWithoutOneIsNeverOffered() {
        String valid = Api.iccid("8944990000000000903");
        String wrongDigit = valid.substring(0, 19) + (valid.charAt(19) == '9' ? '0' : (char) (valid.charAt(19) + 1));
        expectRefused(admin.post("inventory/items", """
                {"template": "SIM Card", "reference": "SIM-BAD-1", "identifier": "%s"}""".formatted(wrongDigit)),
                400, "identifier", "Luhn");
        expectRefused(admin.post("inventory/items", """
                {"template": "SIM Card", "reference": "SIM-BAD-2", "identifier": "89449900000000009"}"""),
                400, "identifier", "19 or 20 digits");
        expectRefused(admin.post("inventory/items", """
                {"template": "SIM Card", "reference": "SIM-BAD-3"}"""), 400, "identifier", "needs its ICCID");
        expectRefused(admin.post("inventory/items", """
                {"template": "Mobile Number", "reference": "07700 900999"}"""), 400, "reference", "E.164");
        expectRefused(admin.post("inventory/items", """
                {"template": "CPE Modem", "reference": "CPE-BAD-1", "identifier": "zx 41#"}"""), 400, "identifier",
                "MAC address");
        admin.addItem("SIM Card", "SIM-ONCE-1", valid);
        expectRefused(admin.post("inventory/items", """
                {"template": "SIM Card", "reference": "SIM-TWICE-1", "identifier": "%s"}""".formatted(valid)),
                409, "identifier", "each item is entered once");
        admin.addItem("CPE Modem", "CPE-MAC-1", "00:1A:2B:3C:4D:5E");
        JsonObject imported = admin.postCsv("inventory/items/import", """
                template,reference,identifier,status
                SIM Card,SIM-IMP-BAD,%s,NEW
                Mobile Number,+44 7700 900998,,IN_STOCK
                """.formatted(wrongDigit)).json();
        assertThat(imported.getInt("added")).isEqualTo(1);
        assertThat(imported.getJsonArray("lines").getJsonObject(0).getString("message")).contains("Luhn");
        assertThat(Database.count("select count(*) from inventory_item where reference like 'SIM-BAD-%'"
                + " or reference in ('SIM-TWICE-1', 'SIM-IMP-BAD', '07700 900999', 'CPE-BAD-1')")).isZero();

        // stock written by hand into the database, past these checks, is still not offered without its ICCID
        Database.update("insert into inventory_item (id, template_id, reference, status) values (?, 1, ?, 'IN_STOCK')",
                990_000 + ThreadLocalRandom.current().nextInt(9_000), "SIM-NO-ICCID");
        assertThat(offered("SIM Card")).contains("SIM-ONCE-1").doesNotContain("SIM-NO-ICCID");
    }

    private static void expectRefused(Api.Answer answer, int status, String field, String words) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().getString("field")).isEqualTo(field);
        assertThat(answer.json().getString("message")).contains(words);
    }

    @Test
    void aRetiredItemIsNoLongerOffered() {
        long modem = admin.addItem("CPE Modem", "CPE-RETIRE-1", null);

        Api.Answer retired = admin.put("inventory/items/" + modem + "/status", "{\"status\": \"RETIRED\"}");

        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(offered("CPE Modem")).doesNotContain("CPE-RETIRE-1");
    }

    /** Sends every request at the same moment, each from its own thread, and waits for all the answers. */
    private static List<Api.Answer> allAtOnce(List<Callable<Api.Answer>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (Callable<Api.Answer> request : requests) {
            answers.add(pool.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<Api.Answer> results = new ArrayList<>();
        for (Future<Api.Answer> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();
        return results;
    }

    private List<String> offered(String template) {
        return agent.get("inventory/items?template=" + Api.encode(template)).array().getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("reference")).toList();
    }
}
