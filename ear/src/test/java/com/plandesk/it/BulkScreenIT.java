package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A supervisor checks a CSV file on the Bulk screen, runs it, and follows it to the end. */
class BulkScreenIT extends ScreensTest {

    @Test
    void supervisorValidatesAFileThenRunsItAndGetsTheRejectedRows() throws Exception {
        String email = "screen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long customer = agent.post("customers", """
                {"type": "INDIVIDUAL", "name": "Screen Bulk", "email": "%s", "paymentMethodValid": true}"""
                .formatted(email)).json().getJsonNumber("id").longValue();
        Path csv = Files.createTempFile("bulk", ".csv");
        Files.writeString(csv, "customer,auto_renew\n" + email + ",yes\n" + email + ",no\nnobody@example.com,yes\n");

        browser.get(PlanDeskDeployment.BASE_URL + "products.xhtml");
        signIn("supervisor", "supervisor");
        session.click(By.id("nav-bulk"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file"))).sendKeys(csv.toString());
        browser.findElement(By.xpath("//label[normalize-space(.)='PO number']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("a label focuses its field")
                .isEqualTo("upload:poNumber");
        assertThat(browser.findElement(By.id("upload:run")).getCssValue("background-color"))
                .as("running looks different from checking")
                .isNotEqualTo(browser.findElement(By.id("upload:validate")).getCssValue("background-color"));
        new Select(browser.findElement(By.id("upload:product"))).selectByVisibleText("IPTV - Essentials");
        session.click(By.id("upload:validate"));

        session.waitForText(By.id("progress:run-status"), "Finished");
        assertThat(session.text(By.id("count-started"))).isEqualTo("2");
        assertThat(session.text(By.id("count-rejected"))).isEqualTo("1");
        assertThat(session.text(By.id("progress:rows"))).contains("Ready: IPTV - Essentials for Screen Bulk (ID: "
                + customer + ")", "No customer has the ID, e-mail or phone 'nobody@example.com'");
        assertThat(services(customer)).isEmpty();
        // an e-mail address in a message wraps inside its cell instead of running over the next column
        assertThat(overflowingCells("progress:rows")).isEmpty();
        // the filters are named as the counts are, and a three-row file is shown whole, without a note
        assertThat(rowFilters()).containsExactly("All rows", "Valid", "Rejected", "Already assigned");
        assertThat(session.text(By.id("progress"))).doesNotContain("rows are shown");
        assertThat(browser.findElements(By.id("count-provisioned"))).as("a check provisions nothing").isEmpty();
        assertThat(browser.findElement(By.id("progress:run-checked")).getCssValue("background-color"))
                .as("the run button looks like the page's other buttons")
                .isEqualTo(browser.findElement(By.id("progress:rejects")).getCssValue("background-color"));
        screenshot("bulk-validated");

        session.click(By.id("progress:run-checked"));
        session.waitForText(By.cssSelector(".ui-confirm-dialog"), "Assign the 2 valid rows of "
                + csv.getFileName() + " now?");
        assertThat(services(customer)).as("nothing runs before Yes").isEmpty();
        session.click(By.id("confirm:yes"));
        session.waitForText(By.id("count-provisioned"), "2");
        session.waitForText(By.id("progress:run-status"), "Finished");
        assertThat(session.text(By.id("progress:rows"))).contains("STARTED · SUCCEEDED");
        assertThat(rowFilters()).containsExactly("All rows", "Started", "Rejected", "Already assigned");
        assertThat(services(customer)).extracting(s -> s.getString("status")).containsExactly("ACTIVE", "ACTIVE");
        assertThat(SMTP.getReceivedMessages()).hasSize(2); // one welcome e-mail per service
        String rejects = browser.findElement(By.id("progress:rejects")).getAttribute("href");
        assertThat(rejects).endsWith("/rejects.csv");
        assertThat(supervisor.download(rejects.substring(rejects.indexOf("api/") + 4)).body())
                .contains("nobody@example.com,yes,\"Line 4: No customer has");
        screenshot("bulk-run");

        // the run is listed among the recent ones, with its time as the other screens write it
        session.click(By.linkText("Upload another file"));
        String listed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recent:runs"))).getText();
        assertThat(listed).containsPattern(csv.getFileName()
                + " Run 3 COMPLETED supervisor \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2}");

        // the queue shows bulk work and counter work apart
        List<Long> provisionings = services(customer).stream()
                .map(s -> provisioningOf(s.getJsonNumber("id").longValue())).toList();
        session.click(By.id("nav-queue"));
        assertThat(chosen("queue:work")).isEqualTo("All work");
        assertThat(chosen("queue:status")).as("the queue opens on all work").isEqualTo("All");
        choose("queue:work", "Bulk");
        provisionings.forEach(id -> session.waitForText(By.id("queue:rows"), id + "\tSUCCEEDED"));
        choose("queue:work", "Counter");
        wait.until(d -> provisionings.stream()
                .noneMatch(id -> session.text(By.id("queue:rows")).contains(id + "\tSUCCEEDED")));
    }

    @Test
    void aRunWaitingForRoomSaysSoWhileItsCountsStandStill() throws Exception {
        Api admin = new Api("admin", "admin");
        long business = agent.post("customers", """
                {"type": "BUSINESS", "name": "Screen Throttle %s", "paymentMethodValid": true}"""
                .formatted(UUID.randomUUID())).json().getJsonNumber("id").longValue();
        // a hanging OCS keeps the first chunk's 25 provisionings running; the tests' server allows 30 in flight
        admin.put("simulators/ocs", "{\"mode\": \"hang\"}");
        try {
            long id = supervisor.postCsv("bulk-assignments", "customer,product\n"
                    + (business + ",voip-business-line\n").repeat(40)).json().getJsonNumber("id").longValue();
            browser.get(PlanDeskDeployment.BASE_URL + "bulk.xhtml?id=" + id);
            signIn("supervisor", "supervisor");
            session.waitForText(By.id("progress:waiting"), "Waiting for room: at most 30 bulk provisionings may run at once");
            // the first chunk's count is written as it commits, the note shown as the next chunk waits: either first
            session.waitForText(By.id("count-started"), "25");
            assertThat(session.text(By.id("progress:waiting"))).as("still waiting").contains("Waiting for room");
            assertThat(session.text(By.id("count-started"))).as("the counts stand still").isEqualTo("25");
            screenshot("bulk-waiting-for-room");
        } finally {
            admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        }
        session.waitForText(By.id("count-started"), "40");
        assertThat(browser.findElements(By.id("progress:waiting"))).as("the note is gone once rows go on").isEmpty();
        session.waitForText(By.id("count-provisioned"), "40"); // nothing of this run left running for the next test
    }

    /**
     * Clicks a toggle button by its label and waits until it shows as chosen; a click that an update of the page
     * swallowed is made again (never while the button is chosen: a second click would unchoose it).
     */
    private void choose(String group, String label) {
        for (int attempt = 1; ; attempt++) {
            if (!label.equals(chosen(group))) {
                session.click(By.xpath("//*[@id='" + group + "']//*[normalize-space(text())='" + label + "']"));
            }
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                        .until(d -> label.equals(chosen(group)));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The label of the group's chosen button (read in one script: an ajax update replaces the buttons). */
    private String chosen(String group) {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const b = document.querySelector("[id='" + arguments[0] + "'] .ui-button.ui-state-active");
                return b ? b.innerText.trim() : null;""", group);
    }

    private long provisioningOf(long service) {
        return Database.count("select max(id) from provisioning where service_id = ?", service);
    }

    /** The labels of the row filter's buttons. */
    private List<String> rowFilters() {
        return browser.findElements(By.cssSelector("[id='progress:row-status'] .ui-button")).stream()
                .map(WebElement::getText).toList();
    }

    /** The texts of the table's cells whose content is wider than the cell. */
    private List<?> overflowingCells(String tableId) {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.getElementById(arguments[0]).querySelectorAll('td')]
                    .filter(td => td.scrollWidth > td.clientWidth).map(td => td.innerText);""", tableId);
    }

    private List<JsonObject> services(long customer) {
        return agent.get("customers/" + customer + "/services").array().getValuesAs(JsonObject.class);
    }
}
