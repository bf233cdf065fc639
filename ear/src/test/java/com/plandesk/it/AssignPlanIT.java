package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Assign Plan workflows as staff click through them, in headless Chromium. */
class AssignPlanIT extends ScreensTest {

    @Test
    void workflow1MobilePlanFromTheCatalogToAnActiveService() throws Exception {
        browser.get(PlanDeskDeployment.BASE_URL + "products.xhtml");
        signIn("agent", "agent");
        card("Mobile - 20GB Plan").findElement(By.cssSelector(".assign-button")).click();

        typeCustomerQuery("+1234567890");
        clickWhenVisible(By.xpath("//a[contains(@class,'customer-result')][contains(., 'John Smith (ID: 123)')]"));
        choose(0, "SIM-00131");
        choose(1, "+44 7700 900131");
        waitForText(By.id("reserved-until"), "Reserved for you until");
        clickWhenVisible(By.id("assign:inventoryNext"));
        clickWhenVisible(By.id("assign:autoRenewYes"));

        waitForText(By.id("review"), "John Smith (ID: 123)");
        assertThat(text(By.id("assign:review-setup-fee"))).isEqualTo("£0.00");
        assertThat(text(By.id("assign:review-price"))).isEqualTo("£15.00 / month");
        assertThat(text(By.id("review"))).contains("SIM-00131", "+44 7700 900131", "Yes");
        screenshot("assign-review");
        clickWhenVisible(By.id("assign:confirm"));

        waitForText(By.id("assign:progress"), "Service provisioned successfully for John Smith");
        assertThat(text(By.id("assign:progress"))).contains("6 of 6 tasks completed", "Active", "Mobile - +44 7700 900131");
        screenshot("assign-done");
        clickWhenVisible(By.id("assign:viewService"));

        waitForText(By.id("service-facts"), "Active");
        assertThat(text(By.id("service-items"))).contains("ICCID: 89441000000000000091", "+44 7700 900131")
                .doesNotContain("RESERVED");
        assertThat(browser.findElements(By.xpath("//*[@id='service-items']//td[normalize-space(.)='ASSIGNED']")))
                .hasSize(2);
    }

    @Test
    void workflow2FibreForABusinessCustomerFromItsPage() throws Exception {
        browser.get(PlanDeskDeployment.BASE_URL + "customer.xhtml?id=789");
        signIn("agent", "agent");
        clickWhenVisible(By.xpath("//a[contains(@class,'ui-tabs-header') or @role='tab'][contains(., 'Services')]"
                + " | //li[@role='tab'][contains(., 'Services')]"));
        clickWhenVisible(By.xpath("//a[contains(., 'Add Service')]"));
        card("Fibre - 100Mbps").findElement(By.cssSelector(".assign-button")).click();

        waitForText(By.id("assign:chosen-customer"), "Johnson Enterprises (ID: 789)");
        choose(0, "CPE-0004");
        clickWhenVisible(By.id("assign:inventoryNext"));
        clickWhenVisible(By.id("assign:autoRenewYes"));
        // every internet order asks for the installation day, on a step of its own
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("assign:installationDate_input")));
        date.sendKeys("2031-03-14");
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", date);
        clickWhenVisible(By.id("assign:installationNext"));
        selectByLabel("assign:site", "London Office - 123 Main St");
        selectByLabel("assign:billing", "Jane Doe (jane@acme.com)");
        selectByLabel("assign:technical", "Bob Smith (bob@acme.com)");
        browser.findElement(By.id("assign:po")).sendKeys("PO-WF2");
        browser.findElement(By.id("assign:accountNumber")).sendKeys("ACC-WF2");
        clickWhenVisible(By.id("assign:businessNext"));
        waitForText(By.id("review"), "PO-WF2");
        // the review lists everything that will be ordered, and nothing that does not apply
        assertThat(text(By.id("review"))).contains("Site", "London Office", "Billing contact", "Jane Doe (jane@acme.com)",
                "Technical contact", "Bob Smith (bob@acme.com)", "Account number", "ACC-WF2", "Installation date",
                "14 Mar 2031").doesNotContain("Cost centre");
        // twelve tasks and a failure on a 1366×768 screen: the outcome's buttons stay in the window
        browser.manage().window().setSize(new Dimension(1366, 768));
        try {
            admin.put("simulators/ocs", "{\"mode\": \"fail\"}");
            clickWhenVisible(By.id("assign:confirm"));
            waitForText(By.id("assign:completion-failure"), "Provisioning did not complete");
            assertThat(browser.findElements(By.cssSelector("#tasks li"))).hasSize(12);
            assertThat(inWindow(By.id("assign:retry"))).as("Retry can be clicked").isTrue();
            screenshot("progress-12-tasks-failed");
            admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
            clickWhenVisible(By.id("assign:retry"));
            waitForText(By.id("assign:progress"), "Service provisioned successfully for Johnson Enterprises");
            assertThat(inWindow(By.id("assign:viewService"))).as("View Service can be clicked").isTrue();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        assertThat(text(By.id("assign:progress"))).contains("Create installation ticket", "Notify billing contact");
        clickWhenVisible(By.id("assign:viewService"));
        waitForText(By.id("service-facts"), "INST-");
        assertThat(text(By.id("service-facts"))).contains("14 Mar 2031", "PO-WF2", "Account number: ACC-WF2",
                "£49.00 charged");

        browser.get(PlanDeskDeployment.BASE_URL + "customer.xhtml?id=789");
        clickWhenVisible(By.xpath("//li[@role='tab'][contains(., 'Charges')] | //a[@role='tab'][contains(., 'Charges')]"));
        waitForText(By.id("tabs:charges"), "Setup fee: Fibre - 100Mbps");
        assertThat(text(By.id("tabs:charges"))).contains("£49.00");
    }

    @Test
    void workflow3AnAddonFromTheCustomersServiceRaisesItsBalance() throws Exception {
        long serviceId = activeMobileService("SIM-00132", "+44 7700 900132");
        browser.get(PlanDeskDeployment.BASE_URL + "products.xhtml");
        signIn("agent", "agent");
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("global-query")));
        search.sendKeys("john.doe@example.com");
        search.submit();
        clickWhenVisible(By.linkText("John Doe (ID: 456)"));
        clickWhenVisible(By.xpath("//li[@role='tab'][contains(., 'Services')] | //a[@role='tab'][contains(., 'Services')]"));
        clickWhenVisible(By.xpath("//tr[contains(., 'Mobile - +44 7700 900132')]//*[contains(@class,'addons-button')]"
                + "/descendant-or-self::a"));
        card("5GB Data Boost").findElement(By.cssSelector(".assign-button")).click();

        waitForText(By.id("assign:step-service"), "Mobile - +44 7700 900132");
        clickWhenVisible(By.id("assign:serviceNext"));
        waitForText(By.id("review"), "£5.00 one-off");
        clickWhenVisible(By.id("assign:confirm"));
        waitForText(By.id("messages"), "agrees to the charge");
        clickWhenVisible(By.cssSelector("#assign\\:chargeAuthorised .ui-chkbox-box"));
        clickWhenVisible(By.id("assign:confirm"));

        waitForText(By.id("assign:progress"), "Add-on provisioned successfully for John Doe");
        assertThat(text(By.id("assign:balance-after"))).startsWith("25.0 GB data").contains("was 20.0 GB data");
        assertThat(agent.get("services/" + serviceId).json().getJsonArray("addons").getString(0)).isEqualTo("5GB Data Boost");
    }

    @Test
    void aFailureShowsTheCauseAndRetryFinishesInTheSameModal() throws Exception {
        admin.put("simulators/ocs", "{\"mode\": \"fail\"}");
        browser.get(PlanDeskDeployment.BASE_URL + "assign.xhtml?product=3&customer=456");
        signIn("agent", "agent");
        clickWhenVisible(By.id("assign:autoRenewNo"));
        clickWhenVisible(By.id("assign:confirm"));

        waitForText(By.id("assign:progress"), "Provisioning did not complete");
        assertThat(text(By.id("failure-error"))).contains("Could not connect to OCS");
        assertThat(text(By.id("assign:progress"))).contains("The service record was created, but provisioning did not complete");
        assertThat(text(By.id("assign:failure-provisioning-id"))).matches("\\d+");
        screenshot("assign-failed");

        admin.put("simulators/ocs", "{\"mode\": \"ok\"}");
        clickWhenVisible(By.id("assign:retry"));
        waitForText(By.id("assign:progress"), "Service provisioned successfully for John Doe");
        assertThat(text(By.id("assign:done-service-status"))).isEqualTo("Active");
    }

    @Test
    void staffSeeTheCurrentTermAndSwitchAutoRenewOnTheServicePage() throws Exception {
        long customer = agent.post("customers", """
                {"type": "INDIVIDUAL", "name": "Renewal Page", "paymentMethodValid": true}""")
                .json().getJsonNumber("id").longValue();
        long service = activeService("{\"customerId\": %d, \"productId\": 3, \"autoRenew\": true}".formatted(customer));

        browser.get(PlanDeskDeployment.BASE_URL + "service.xhtml?id=" + service);
        signIn("agent", "agent");
        waitForText(By.id("renewal:auto-renew"), "Yes");
        assertThat(text(By.id("current-term"))).as("as every screen writes a time")
                .matches("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} → \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(browser.findElements(By.id("installation"))).as("no installation row for IPTV").isEmpty();
        clickWhenVisible(By.id("renewal:switchAutoRenew"));

        waitForText(By.id("renewal:auto-renew"), "No");
        waitForText(By.id("messages"), "ends with its current term");
        assertThat(agent.get("services/" + service).json().getBoolean("autoRenew")).isFalse();
        screenshot("service-auto-renew-off");
    }

    @Test
    void staffSuspendResumeAndTerminateAServiceFromItsPageWatchingEachRun() throws Exception {
        long customer = agent.post("customers", """
                {"type": "INDIVIDUAL", "name": "Lifecycle Page", "paymentMethodValid": true}""")
                .json().getJsonNumber("id").longValue();
        long service = activeService("{\"customerId\": %d, \"productId\": 3, \"autoRenew\": true}".formatted(customer));
        browser.get(PlanDeskDeployment.BASE_URL + "service.xhtml?id=" + service);
        signIn("agent", "agent");

        waitForText(By.id("service-status"), "Active");
        browser.findElement(By.id("lifecycle:reason")).sendKeys("Customer abroad");
        clickWhenVisible(By.id("lifecycle:suspend"));
        waitForText(By.id("run:run-status"), "SUCCEEDED");
        assertThat(text(By.id("run-action"))).isEqualTo("Suspension: Customer abroad");
        assertThat(text(By.id("run"))).contains("3 of 3 tasks completed", "Mark suspended", "Bar on the network",
                "Disable OCS account");
        screenshot("service-suspended");

        browser.get(PlanDeskDeployment.BASE_URL + "service.xhtml?id=" + service);
        waitForText(By.id("service-status"), "Suspended");
        assertThat(browser.findElements(By.id("lifecycle:suspend"))).as("a suspended service is resumed").isEmpty();
        clickWhenVisible(By.id("lifecycle:resume"));
        waitForText(By.id("run:run-status"), "SUCCEEDED");
        assertThat(text(By.id("run-action"))).isEqualTo("Resumption");

        browser.get(PlanDeskDeployment.BASE_URL + "service.xhtml?id=" + service);
        waitForText(By.id("service-status"), "Active");
        clickWhenVisible(By.id("lifecycle:terminate"));
        waitForText(By.id("messages"), "Give the reason");
        browser.findElement(By.id("lifecycle:reason")).sendKeys("Customer left");
        clickWhenVisible(By.id("lifecycle:terminate"));
        waitForText(By.id("run:run-status"), "SUCCEEDED");
        assertThat(text(By.id("run"))).contains("Terminated", "Send end notice");

        browser.get(PlanDeskDeployment.BASE_URL + "service.xhtml?id=" + service);
        waitForText(By.id("service-status"), "Terminated");
        assertThat(browser.findElements(By.id("lifecycle:terminate"))).as("nothing more to change").isEmpty();
        assertThat(agent.get("customers/" + customer + "/activity").array().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("action")).contains("Suspended", "Resumed", "Terminated");
    }

    @Test
    void aServicesAddOnsButtonOffersOnlyAddOnsOfItsOwnType() {
        long fibre = activeService("{\"customerId\": 456, \"productId\": 2, \"items\": [%d], \"autoRenew\": true}"
                .formatted(agent.availableItem("CPE Modem", "CPE-0007")));

        browser.get(PlanDeskDeployment.BASE_URL + "products.xhtml?customer=456&service=" + fibre);
        signIn("agent", "agent");

        waitForText(By.id("catalog"), "The catalog has no add-ons for Internet services.");
        assertThat(text(By.id("catalog"))).doesNotContain("5GB Data Boost");
    }

    @Test
    void cancelOnTheReviewReleasesTheReservedItems() {
        browser.get(PlanDeskDeployment.BASE_URL + "assign.xhtml?product=1&customer=456");
        signIn("agent", "agent");
        // the selectors: each item's status in its label, one width, and typing narrows the long number list
        List<WebElement> selects = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("select.inventory-select"));
            return found.size() == 2 ? found : null;
        });
        assertThat(new Select(selects.get(0)).getOptions()).extracting(WebElement::getText)
                .anySatisfy(label -> assertThat(label).startsWith("SIM-00133 · ICCID: 8944").endsWith(" (New)"));
        assertThat(selects.get(0).getSize().getWidth()).isEqualTo(selects.get(1).getSize().getWidth());
        browser.findElements(By.cssSelector(".pd-item-filter")).get(1).sendKeys("900133");
        assertThat((List<Object>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(arguments[0].options).filter(o => !o.hidden).map(o => o.text);""", selects.get(1)))
                .containsExactly("Choose…", "+44 7700 900133 (In stock)");
        choose(0, "SIM-00133");
        choose(1, "+44 7700 900133");
        waitForText(By.id("reserved-until"), "Reserved for you until");
        assertThat(offered("SIM Card")).doesNotContain("SIM-00133");
        clickWhenVisible(By.id("assign:inventoryNext"));
        clickWhenVisible(By.id("assign:autoRenewNo"));
        clickWhenVisible(By.id("assign:cancel"));

        wait.until(ExpectedConditions.urlContains("customer.xhtml?id=456")); // begun with the customer: back there
        waitForText(By.id("messages"), "the reserved items were released");
        assertThat(offered("SIM Card")).contains("SIM-00133");
        assertThat(offered("Mobile Number")).contains("+44 7700 900133");
    }

    @Test
    void aCustomerWithoutAValidPaymentMethodIsStoppedWithAMessage() {
        browser.get(PlanDeskDeployment.BASE_URL + "assign.xhtml?product=3&customer=321");
        signIn("agent", "agent");

        waitForText(By.id("messages"), "no valid payment method on file");
        assertThat(browser.findElements(By.id("assign:step-inventory"))).isEmpty();
    }

    @Test
    void whatStaffTypeIsShownAsText() {
        long id = agent.post("customers", "{\"type\": \"INDIVIDUAL\", \"name\": \"<script>alert(1)</script>\"}")
                .json().getJsonNumber("id").longValue();
        browser.get(PlanDeskDeployment.BASE_URL + "customer.xhtml?id=" + id);
        signIn("agent", "agent");

        waitForText(By.id("customer-name"), "<script>alert(1)</script>");
        assertThat(browser.findElements(By.xpath("//script[contains(., 'alert(1)')]"))).isEmpty();
    }

    private long activeMobileService(String sim, String number) {
        return activeService("{\"customerId\": 456, \"productId\": 1, \"items\": [%d, %d], \"autoRenew\": true}"
                .formatted(agent.availableItem("SIM Card", sim), agent.availableItem("Mobile Number", number)));
    }

    /** Assigns through the API and waits until the service is active; its id. */
    private long activeService(String assignment) {
        Api.Answer accepted = agent.post("assignments", assignment);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long provisioningId = accepted.json().getJsonNumber("provisioningId").longValue();
        JsonObject done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> agent.get("provisionings/" + provisioningId).json(), v -> !"RUNNING".equals(v.getString("status")));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        return done.getJsonNumber("serviceId").longValue();
    }

    private WebElement card(String productName) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'product-card')][.//*[normalize-space(.)='" + productName + "']]")));
    }

    private void typeCustomerQuery(String query) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign:query"))).sendKeys(query);
    }

    /** Picks an item in the n-th inventory selector, by the start of its label ("SIM-00131 · ICCID: …"). */
    /** Wholly inside the browser's window, where it can be clicked without scrolling anything. */
    private boolean inWindow(By locator) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight
                    && box.right <= window.innerWidth;""", browser.findElement(locator));
    }

    private void choose(int selector, String reference) {
        wait.until(d -> {
            try {
                List<WebElement> selects = d.findElements(By.cssSelector("select.inventory-select"));
                if (selects.size() <= selector) {
                    return false;
                }
                Select select = new Select(selects.get(selector));
                WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(reference))
                        .findFirst().orElse(null);
                if (option == null) {
                    return false;
                }
                select.selectByValue(option.getAttribute("value"));
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
        waitForText(By.id("reserved-until"), "Reserved for you until");
    }

    private void selectByLabel(String id, String label) {
        wait.until(d -> {
            try {
                new Select(d.findElement(By.id(id))).selectByVisibleText(label);
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    private void clickWhenVisible(By locator) {
        session.click(locator);
    }

    private String text(By locator) {
        return session.text(locator);
    }

    private void waitForText(By locator, String expected) {
        session.waitForText(locator, expected);
    }

    private List<String> offered(String template) {
        return agent.get("inventory/items?template=" + Api.encode(template)).array().getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("reference")).toList();
    }

}
