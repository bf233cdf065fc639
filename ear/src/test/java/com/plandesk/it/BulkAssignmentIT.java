package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Bulk assignment through the API: a CSV runs end to end, bad rows and bad files get clear answers. */
class BulkAssignmentIT extends PlanDeskIT {

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aFileRunsEndToEndAndItsRejectedRowsCanBeFixedAndUploadedAgain() {
        long anna = customer("INDIVIDUAL", "Anna Bulk", "anna-" + run + "@example.com", null);
        long ben = customer("INDIVIDUAL", "Ben Bulk", null, "+44 7700 6" + digits(5));
        long acme = customer("BUSINESS", "Acme Bulk " + run, null, null);
        // named items: rows that take from stock would take the demo items other tests name
        admin.addItem("SIM Card", "SIM-B-" + run, Api.iccid("8944" + digits(15)));
        String number = "+44 7700 5" + digits(5);
        admin.addItem("Mobile Number", number, null);
        String csv = """
                customer,product,auto_renew,inventory:SIM Card,inventory:Mobile Number,po_number
                anna-%1$s@example.com,mobile-20gb,yes,SIM-B-%1$s,%4$s,
                %2$s,iptv-essentials,no,,,
                %3$d,voip-business-line,,,,PO-1
                nobody-%1$s@example.com,iptv-essentials,yes,,,=HYPERLINK("http://evil")
                %3$d,no-such-plan,no,,,
                %3$d,iptv-essentials,maybe,,,
                """.formatted(run, phone(ben), acme, number);

        JsonObject done = runToTheEnd(supervisor.postCsv("bulk-assignments?fileName=first.csv", csv));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("read")).isEqualTo(6);
        assertThat(done.getInt("started")).as(done.toString()).isEqualTo(3);
        assertThat(done.getInt("rejected")).isEqualTo(3);
        assertThat(done.getInt("provisioned")).isEqualTo(3);
        List<JsonObject> rows = done.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getInt("line") + " " + r.getString("status")).containsExactly(
                "2 STARTED", "3 STARTED", "4 STARTED", "5 REJECTED", "6 REJECTED", "7 REJECTED");
        assertThat(rows.get(0).getString("customer")).isEqualTo("Anna Bulk (ID: " + anna + ")");
        assertThat(rows.get(0).getString("provisioningStatus")).isEqualTo("SUCCEEDED");
        assertThat(rows.get(3).getString("message")).contains("No customer has the ID, e-mail or phone");
        assertThat(rows.get(4).getString("message")).contains("No product has the slug 'no-such-plan'");
        assertThat(rows.get(5).getString("message")).contains("auto_renew is 'maybe': write yes or no");
        // the chunk with the refused rows started processes for its first three before it was rolled back and
        // its rows assigned one by one: none of those first processes may be left behind
        assertThat(Database.count("""
                select count(*) from act_hi_procinst h where h.super_process_instance_id_ is null
                and h.proc_def_key_ <> 'serviceTerm' -- a service's term, not a run
                and not exists (select 1 from provisioning p where p.process_instance_id = h.proc_inst_id_)""")).isZero();

        // every started row is an active service of its customer, with the named SIM
        JsonObject annasService = services(anna).get(0);
        assertThat(annasService.getString("status")).isEqualTo("ACTIVE");
        assertThat(annasService.getBoolean("autoRenew")).isTrue();
        assertThat(annasService.toString()).contains("SIM-B-" + run, number);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(BulkAssignmentIT::recipient))
                .contains("anna-" + run + "@example.com");
        assertThat(services(ben)).extracting(s -> s.getString("status")).containsExactly("ACTIVE");
        assertThat(services(acme)).extracting(s -> s.getString("status")).containsExactly("ACTIVE");

        Api.Answer rejects = supervisor.download("bulk-assignments/" + done.getJsonNumber("id") + "/rejects.csv");
        assertThat(rejects.status()).isEqualTo(200);
        String[] lines = rejects.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("customer,product,auto_renew,inventory:SIM Card,inventory:Mobile Number,po_number,reason");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("nobody-" + run + "@example.com,iptv-essentials,yes,,,\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("Line 5: No customer has");
        assertThat(lines[2]).contains("no-such-plan").contains("Line 6:");

        // fixed: the unknown customer becomes Anna, the product exists, the rest stays wrong
        String fixed = rejects.body().replace("nobody-" + run, "anna-" + run).replace("no-such-plan", "voip-business-line");
        JsonObject again = runToTheEnd(supervisor.postCsv("bulk-assignments?fileName=fixed.csv", fixed));
        assertThat(again.getInt("started")).isEqualTo(2);
        assertThat(again.getInt("rejected")).isEqualTo(1);
        assertThat(services(anna)).hasSize(2);
        assertThat(services(acme)).hasSize(2);
        assertThat(Database.text("select po_number from assignment where customer_id = ? and po_number like '=%'",
                anna)).isEqualTo("=HYPERLINK(\"http://evil\")");
    }

    @Test
    void customersNamedByIdEmailOrPhoneInOneChunkAreEachFoundAndASharedEmailIsRefused() {
        long byId = customer("INDIVIDUAL", "Chunk Id", null, null);
        long byEmail = customer("INDIVIDUAL", "Chunk Mail", "chunk-" + run + "@example.com", null);
        String local = "7700 4" + digits(5);
        long byPhone = customer("INDIVIDUAL", "Chunk Phone", null, "+44 " + local);
        // every row valid, so the chunk's rows are assigned in one transaction; the customers written as staff
        // would, in other forms than the directory keeps
        String csv = """
                customer,product,auto_renew
                %d,iptv-essentials,no
                " CHUNK-%s@Example.COM ",iptv-essentials,no
                0%s,iptv-essentials,no
                """.formatted(byId, run, local.replace(" ", "-"));
        JsonObject done = runToTheEnd(supervisor.postCsv("bulk-assignments", csv));
        assertThat(done.getInt("started")).as(done.toString()).isEqualTo(3);
        assertThat(done.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getString("customer"))
                .containsExactly("Chunk Id (ID: " + byId + ")", "Chunk Mail (ID: " + byEmail + ")",
                        "Chunk Phone (ID: " + byPhone + ")");
        assertThat(services(byEmail)).hasSize(1);
        assertThat(services(byPhone)).hasSize(1);

        String shared = "shared-" + run + "@example.com";
        customer("INDIVIDUAL", "Shared One", shared, null);
        customer("INDIVIDUAL", "Shared Two", shared, null);
        JsonObject refused = runToTheEnd(supervisor.postCsv("bulk-assignments",
                "customer,product,auto_renew\n" + byId + ",iptv-essentials,yes\n" + shared + ",iptv-essentials,no\n"));
        List<JsonObject> rows = refused.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("status")).containsExactly("STARTED", "REJECTED");
        assertThat(rows.get(1).getString("message"))
                .contains("2 customers have '" + shared + "': give the customer ID instead.");
    }

    @Test
    void theSameFileTwiceAssignsNothingAgainYetIdenticalRowsAreEachAService() {
        long business = customer("BUSINESS", "Many Lines " + run, null, null);
        int lines = 40;
        StringBuilder csv = new StringBuilder("customer,product\n");
        for (int i = 0; i < lines; i++) {
            csv.append(business).append(",voip-business-line\n");
        }
        JsonObject first = runToTheEnd(supervisor.postCsv("bulk-assignments", csv.toString()));
        assertThat(first.getInt("started")).isEqualTo(lines);
        assertThat(first.getInt("provisioned")).as(first.toString()).isEqualTo(lines);
        assertThat(services(business)).hasSize(lines);
        assertThat(Database.count("select count(distinct row_key) from bulk_assignment_row where bulk_assignment_id = ?",
                first.getJsonNumber("id").longValue())).isEqualTo(lines);

        JsonObject second = runToTheEnd(supervisor.postCsv("bulk-assignments", csv.toString()));
        assertThat(second.getInt("started")).isZero();
        assertThat(second.getInt("duplicate")).isEqualTo(lines);
        assertThat(second.getJsonArray("rows").getJsonObject(0).getString("message"))
                .isEqualTo("Not assigned again: bulk assignment " + first.getJsonNumber("id")
                        + " assigned this row (line 2) already. To assign it again on purpose, add a column that "
                        + "tells the orders apart, e.g. field:order.");
        assertThat(services(business)).hasSize(lines);

        // a second order of the same lines, as the message says: each row is a new service again
        String secondOrder = csv.toString().replace("customer,product\n", "customer,product,field:order\n")
                .replace(",voip-business-line\n", ",voip-business-line,2\n");
        JsonObject third = runToTheEnd(supervisor.postCsv("bulk-assignments", secondOrder));
        assertThat(third.getInt("started")).as(third.toString()).isEqualTo(lines);
        assertThat(services(business)).hasSize(2 * lines);
    }

    @Test
    void aRunWaitsForRoomWhileItsProvisioningsInFlightFillTheLimit() {
        // the tests' server allows 30 bulk provisionings in flight; a hanging OCS keeps every started one running
        long business = customer("BUSINESS", "Throttled " + run, null, null);
        String csv = "customer,product\n" + (business + ",voip-business-line\n").repeat(40);
        admin.put("simulators/ocs", "{\"mode\": \"hang\"}");
        long id;
        try {
            Api.Answer submitted = supervisor.postCsv("bulk-assignments", csv);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
            id = submitted.json().getJsonNumber("id").longValue();
            // the first chunk (25 rows) starts; the other 15 would make 40 in flight, so they wait
            await().atMost(Duration.ofSeconds(60)).until(() -> started(id) == 25);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        assertThat(started(id)).isEqualTo(25);
                        assertThat(waitingForRoom(id)).as("the run says it waits for room").isTrue();
                        assertAtMostThirtyRunning();
                    });
        } finally {
            admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        }
        // the OCS answers again: the first chunk's provisionings end, and the rest of the file goes on
        JsonObject done = runToTheEnd(id);
        assertThat(done.getInt("started")).as(done.toString()).isEqualTo(40);
        assertThat(done.getInt("provisioned") + done.getInt("failed")).isEqualTo(40);
        assertThat(done.getBoolean("waitingForRoom")).isFalse();
        assertThat(services(business)).hasSize(40);
    }

    @Test
    void runsSideBySideShareTheLimit() {
        // each run counted the room for itself: two runs that began together could each start a chunk, 50 in flight
        long one = customer("BUSINESS", "Side One " + run, null, null);
        long two = customer("BUSINESS", "Side Two " + run, null, null);
        admin.put("simulators/ocs", "{\"mode\": \"hang\"}");
        long first;
        long second;
        try {
            first = supervisor.postCsv("bulk-assignments", "customer,product\n" + (one + ",voip-business-line\n")
                    .repeat(40)).json().getJsonNumber("id").longValue();
            second = supervisor.postCsv("bulk-assignments", "customer,product\n" + (two + ",voip-business-line\n")
                    .repeat(40)).json().getJsonNumber("id").longValue();
            // one chunk of 25 fits under the tests' limit of 30, a second one does not: one run has started 25
            // rows and waits for room for its next chunk, the other waits for room for its first
            await().atMost(Duration.ofSeconds(60)).until(() -> started(first) + started(second) >= 25);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        assertThat(started(first) + started(second)).isEqualTo(25);
                        assertThat(waitingForRoom(first)).isTrue();
                        assertThat(waitingForRoom(second)).isTrue();
                        assertAtMostThirtyRunning();
                    });
        } finally {
            admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        }
        assertThat(runToTheEnd(first).getInt("started")).isEqualTo(40);
        assertThat(runToTheEnd(second).getInt("started")).isEqualTo(40);
        assertThat(services(one)).hasSize(40);
        assertThat(services(two)).hasSize(40);
    }

    private void assertAtMostThirtyRunning() {
        assertThat(supervisor.get("provisionings?status=RUNNING&bulk=true").array()).hasSizeLessThanOrEqualTo(30);
    }

    private int started(long bulkAssignmentId) {
        return supervisor.get("bulk-assignments/" + bulkAssignmentId + "?max=1").json().getInt("started");
    }

    private boolean waitingForRoom(long bulkAssignmentId) {
        return supervisor.get("bulk-assignments/" + bulkAssignmentId + "?max=1").json().getBoolean("waitingForRoom");
    }

    @Test
    void itemsSomeoneIsTakingRightNowArePassedByNotWaitedFor() throws Exception {
        // stock of a template of its own, so that the run takes none of the demo items other tests name
        String template = "Bulk Token " + run;
        Database.update("insert into inventory_template (id, name) values (?, ?)",
                900_000 + ThreadLocalRandom.current().nextInt(90_000), template);
        StringBuilder stock = new StringBuilder("template,reference,identifier,status\n");
        for (int i = 0; i < 30; i++) {
            stock.append(template).append(",TOKEN-").append(run).append('-').append(i).append(",,NEW\n");
        }
        Api.Answer imported = admin.post("inventory/items/import", stock.toString(), "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Api.Answer product = admin.post("products", """
                {"slug": "token-%s", "name": "Token %s", "category": "PLAN", "serviceType": "IPTV",
                 "customerTypes": ["INDIVIDUAL"], "enabled": true, "setupFee": 0, "recurring": true, "price": 1.00,
                 "currency": "GBP", "processKey": "provisionIptvPlan",
                 "inventoryRequirements": [{"template": "%s", "required": true}]}""".formatted(run, run, template));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        long customer = customer("INDIVIDUAL", "Token Holder", null, null);
        String token0 = "TOKEN-" + run + "-0";

        // another transaction (an agent's reservation, another bulk run's chunk) is taking three of the tokens;
        // before, both of these waited for it — two runs picking from the same stock deadlocked that way
        try (AutoCloseable taking = Database.lock("select id from inventory_item where reference in (?, ?, ?)",
                token0, "TOKEN-" + run + "-1", "TOKEN-" + run + "-2")) {
            Api.Answer reserved = agent.post("reservations", "{\"itemIds\": [%d]}".formatted(
                    Database.count("select id from inventory_item where reference = ?", token0)));
            assertThat(reserved.status()).as(reserved.body()).isEqualTo(409);
            assertThat(reserved.json().getString("message"))
                    .isEqualTo("Already taken by someone else: " + template + " " + token0 + ". Choose other items; "
                            + "nothing was reserved.");

            // ten rows take tokens from stock, one names the token being taken
            String rows = (customer + ",\n").repeat(10) + customer + "," + token0 + "\n";
            JsonObject done = runToTheEnd(supervisor.postCsv("bulk-assignments?product=token-" + run,
                    "customer,inventory:" + template + "\n" + rows));
            assertThat(done.getInt("started")).as(done.toString()).isEqualTo(10);
            assertThat(done.getInt("rejected")).isEqualTo(1);
            assertThat(done.getJsonArray("rows").getJsonObject(10).getString("message"))
                    .isEqualTo(template + " " + token0 + " is no longer available: choose another item.");
        }
        assertThat(services(customer)).hasSize(10);
        // the three were passed by, and ten others went to ten services
        assertThat(Database.count("""
                select count(*) from inventory_item where reference like ? and status = 'NEW' and service_id is null
                and reference in (?, ?, ?)""", "TOKEN-" + run + "-%", token0, "TOKEN-" + run + "-1",
                "TOKEN-" + run + "-2")).isEqualTo(3L);
        assertThat(Database.count("select count(distinct service_id) from inventory_item where reference like ?",
                "TOKEN-" + run + "-%")).isEqualTo(10L);
    }

    @Test
    void aDryRunChecksEveryRowAgainstTheStockAndWritesNothing() {
        long customer = customer("INDIVIDUAL", "Dry Run", null, null);
        int modems = admin.get("inventory/items?template=" + Api.encode("CPE Modem")).array().size();
        StringBuilder csv = new StringBuilder("customer,auto_renew\n");
        for (int i = 0; i <= modems; i++) {
            csv.append(customer).append(",yes\n");
        }
        long servicesBefore = Database.count("select count(*) from customer_service");

        JsonObject checked = runToTheEnd(supervisor.postCsv("bulk-assignments?dryRun=true&product=fibre-100mbps",
                csv.toString()));
        assertThat(checked.getBoolean("dryRun")).isTrue();
        assertThat(checked.getInt("valid")).isEqualTo(modems);
        assertThat(checked.getInt("rejected")).isEqualTo(1);
        List<JsonObject> rows = checked.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows.get(modems).getString("message")).startsWith("No CPE Modem left in stock for this row");
        assertThat(rows.get(0).getString("message")).isEqualTo("Ready: Fibre - 100Mbps for Dry Run (ID: " + customer + ").");

        assertThat(Database.count("select count(*) from customer_service")).isEqualTo(servicesBefore);
        assertThat(admin.get("inventory/items?template=" + Api.encode("CPE Modem")).array()).hasSize(modems);
        assertThat(Database.count("select count(*) from bulk_assignment_row where bulk_assignment_id = ? and row_key is not null",
                checked.getJsonNumber("id").longValue())).isZero();
    }

    @Test
    void aProductAddedOrGivenANewSlugIsFoundByItAtOnce() {
        long customer = customer("INDIVIDUAL", "Slug Reader", null, null);
        admin.addItem("SIM Card", "SIM-SLUG-1", Api.iccid("8944" + digits(15)));
        String row = "customer,product\n" + customer + ",%s\n";

        assertThat(firstRowMessage(row.formatted("mobile-77gb"))).contains("No product has the slug 'mobile-77gb'");
        String product = ProductManagementIT.VALID.formatted("mobile-77gb", "Mobile - 77GB Plan", "0",
                "provisionMobilePlan", "SIM Card");
        Api.Answer created = admin.post("products", product);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(firstRowMessage(row.formatted("mobile-77gb"))).startsWith("Ready: Mobile - 77GB Plan for Slug Reader");

        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer renamed = admin.put("products/" + id, product.replace("mobile-77gb", "mobile-78gb"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(firstRowMessage(row.formatted("mobile-77gb"))).contains("No product has the slug 'mobile-77gb'");
        assertThat(firstRowMessage(row.formatted("mobile-78gb"))).startsWith("Ready: Mobile - 77GB Plan");
    }

    /** A dry run of the file: its first row's verdict. */
    private String firstRowMessage(String csv) {
        return runToTheEnd(supervisor.postCsv("bulk-assignments?dryRun=true", csv)).getJsonArray("rows")
                .getJsonObject(0).getString("message");
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsRecorded() {
        long runsBefore = Database.count("select count(*) from bulk_assignment");
        assertRefused("".getBytes(StandardCharsets.UTF_8), "The file is empty");
        assertRefused(utf8("customer,product\n"), "The file has a header but no rows");
        assertRefused(utf8("customer,product,colour\n123,mobile-20gb,red\n"), "Unknown column 'colour'");
        assertRefused(utf8("customer;product;auto_renew\n123;mobile-20gb;yes\n"), "seems to use ';'");
        assertRefused("customer,product\nRené,mobile-20gb\n".getBytes(StandardCharsets.ISO_8859_1),
                "The file is not UTF-8 text (line 2");
        assertRefused(utf8("customer,product\n123,\"mobile-20gb\n456,mobile-20gb\n"), "a quoted cell is never closed");
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        Arrays.fill(fiftyMegabytes, (byte) 'x');
        assertRefused(fiftyMegabytes, "The file is 50.0 MB; the limit is 20 MB: split it into smaller files.");
        assertThat(supervisor.postCsv("bulk-assignments?colour=red", "customer,product\n123,mobile-20gb\n").json()
                .getString("message")).contains("'colour' cannot be a template setting");
        assertThat(Database.count("select count(*) from bulk_assignment")).isEqualTo(runsBefore);

        assertThat(agent.postCsv("bulk-assignments", "customer,product\n123,mobile-20gb\n").status()).isEqualTo(403);
        assertThat(supervisor.get("bulk-assignments/987654").status()).isEqualTo(404);
    }

    @Test
    void aMistypedDryRunOrQueryValueIsRefusedAndNothingRuns() {
        long runsBefore = Database.count("select count(*) from bulk_assignment");
        long servicesBefore = Database.count("select count(*) from customer_service");
        String file = "customer,product,auto_renew\n123,mobile-20gb,yes\n";
        for (String flag : List.of("maybe", "yes", "")) {
            Api.Answer answer = supervisor.postCsv("bulk-assignments?dryRun=" + flag, file);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().getString("message"))
                    .isEqualTo("dryRun is '" + flag + "': write dryRun=true or dryRun=false.");
        }
        assertThat(Database.count("select count(*) from bulk_assignment")).isEqualTo(runsBefore);
        assertThat(Database.count("select count(*) from customer_service")).isEqualTo(servicesBefore);

        Api.Answer form = supervisor.postBytes("bulk-assignments", utf8(file), "application/x-www-form-urlencoded");
        assertThat(form.status()).as(form.body()).isEqualTo(415);
        assertThat(form.json().getString("message")).contains("'application/x-www-form-urlencoded'")
                .contains("CSV files (bulk assignments, inventory imports) text/csv");
        Api.Answer notAnId = supervisor.get("bulk-assignments/abc");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.json().getString("message"))
                .isEqualTo("Nothing is at /plandesk/api/bulk-assignments/abc: check the address (an id is a number).");
        Api.Answer list = supervisor.get("bulk-assignments");
        assertThat(list.status()).as(list.body()).isEqualTo(405);
        assertThat(list.json().getString("message"))
                .isEqualTo("GET is not a call at /plandesk/api/bulk-assignments: it takes POST (the README lists the API).");
        assertThat(supervisor.get("bulk-assignments/1?status=lost").json().getString("message"))
                .startsWith("Unknown status 'lost': use one of [");
        assertThat(supervisor.get("bulk-assignments/1?max=ten").json().getString("message"))
                .isEqualTo("max is 'ten': give a whole number (0 or more).");
        assertThat(supervisor.get("provisionings?bulk=maybe").json().getString("message"))
                .isEqualTo("bulk is 'maybe': write bulk=true or bulk=false.");
    }

    private void assertRefused(byte[] file, String message) {
        Api.Answer answer = supervisor.postBytes("bulk-assignments", file, "text/csv");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().getString("message")).contains(message);
    }

    private JsonObject runToTheEnd(Api.Answer submitted) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        return runToTheEnd(submitted.json().getJsonNumber("id").longValue());
    }

    private JsonObject runToTheEnd(long id) {
        return await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(() -> supervisor.get("bulk-assignments/" + id).json(), v -> v.getBoolean("finished"));
    }

    private long customer(String type, String name, String email, String phone) {
        String json = "{\"type\": \"%s\", \"name\": \"%s\", \"paymentMethodValid\": true%s%s}".formatted(type, name,
                email == null ? "" : ", \"email\": \"" + email + "\"", phone == null ? "" : ", \"phone\": \"" + phone + "\"");
        Api.Answer created = agent.post("customers", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private String phone(long customer) {
        return agent.get("customers/" + customer).json().getString("phone");
    }

    private List<JsonObject> services(long customer) {
        return agent.get("customers/" + customer + "/services").array().getValuesAs(JsonObject.class);
    }

    private static String digits(int n) {
        return String.format("%0" + n + "d", ThreadLocalRandom.current().nextLong((long) Math.pow(10, n)));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
