package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff at work on the screens, in headless Chromium (Debian's chromium and chromium-driver). */
class StaffScreensIT extends ScreensTest {

    @Test
    void agentSignsInAndSeesThePlansForIndividuals() throws Exception {
        browser.get(PlanDeskDeployment.BASE_URL);
        signIn("agent", "agent");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "Mobile - 20GB Plan"));
        assertThat(cardNames()).contains("Mobile - 20GB Plan", "Fibre - 100Mbps", "IPTV - Essentials")
                .doesNotContain("VoIP - Business Line", "5GB Data Boost");
        assertThat(browser.findElement(By.id("catalog")).getText()).contains("£15.00 / month",
                "SIM Card *, Mobile Number *");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("agent");
        screenshot("catalog");
    }

    @Test
    void productCardsInARowLineUpHoweverLongTheirNames() {
        String slug = "long-name-" + System.nanoTime();
        Api.Answer created = new Api("admin", "admin").post("products", ProductManagementIT.VALID.formatted(slug,
                "Mobile - Unlimited Everything Plan with Roaming in Europe and the Americas", "0",
                "provisionMobilePlan", "SIM Card"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.get(PlanDeskDeployment.BASE_URL);
        signIn("agent", "agent");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "Roaming in Europe"));

        var cards = browser.findElements(By.cssSelector(".product-card"));
        var rows = cards.stream().collect(java.util.stream.Collectors.groupingBy(card -> card.getLocation().getY()));
        var longCardsRow = rows.values().stream().filter(row -> row.stream()
                .anyMatch(card -> card.getText().contains("Roaming in Europe"))).findFirst().orElseThrow();
        assertThat(longCardsRow).as("the long name shares its row").hasSizeGreaterThan(1);
        assertThat(longCardsRow.stream().map(card -> ((JavascriptExecutor) browser).executeScript("""
                const lines = document.createRange();
                lines.selectNodeContents(arguments[0]);
                return lines.getClientRects().length;""", card.findElement(By.cssSelector(".pd-product-name"))))
                .distinct()).as("names wrapped onto different numbers of lines").hasSizeGreaterThan(1);
        for (String part : java.util.List.of(".pd-facts", ".assign-button")) {
            assertThat(longCardsRow.stream().map(card -> card.findElement(By.cssSelector(part)).getLocation().getY())
                    .distinct()).as(part + " at one height across the row").hasSize(1);
        }
    }

    @Test
    void theCatalogTogglesFilterTheCards() throws Exception {
        browser.get(PlanDeskDeployment.BASE_URL);
        signIn("agent", "agent");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "IPTV - Essentials"));

        toggle("Business");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "VoIP - Business Line"));
        assertThat(cardNames()).contains("VoIP - Business Line", "Mobile - 20GB Plan").doesNotContain("IPTV - Essentials");

        toggle("Add-ons");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "5GB Data Boost"));
        assertThat(cardNames()).containsExactly("5GB Data Boost");
        screenshot("catalog-business-addons");
    }

    @Test
    void typeAheadFindsJohnSmithByPhoneAndOpensHisPage() throws Exception {
        browser.get(PlanDeskDeployment.BASE_URL + "customers.xhtml");
        signIn("agent", "agent");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:query"))).sendKeys("+1 234 567 890");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:results"), "John Smith (ID: 123)"));
        screenshot("customer-search");
        browser.findElement(By.linkText("John Smith (ID: 123)")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "John Smith (ID: 123)"));
        assertThat(browser.findElement(By.id("tabs")).getText()).contains("+1234567890", "Valid payment method on file");
        screenshot("customer-page");
    }

    @Test
    void theHeadersSearchSuggestsCustomersAsTheAgentTypes() {
        browser.get(PlanDeskDeployment.BASE_URL);
        signIn("agent", "agent");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("global-query"))).sendKeys("smith");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("John Smith (ID: 123)"))).click();

        wait.until(ExpectedConditions.urlContains("customer.xhtml?id=123"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "John Smith"));
    }

    @Test
    void anUnknownCustomerGetsHintsInsteadOfResults() {
        browser.get(PlanDeskDeployment.BASE_URL + "customers.xhtml");
        signIn("agent", "agent");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:query"))).sendKeys("Nobody Atall");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:not-found")));
        assertThat(browser.findElement(By.id("search:not-found")).getText()).contains("Customer not found");
    }

    @Test
    void aProvisioningThatDoesNotExistIsSaidSoOnce() {
        browser.get(PlanDeskDeployment.BASE_URL + "provisioning.xhtml?id=987654");
        signIn("agent", "agent");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Provisioning 987654 does not exist."));
        // the page's text as rendered, toasts included (which may still be fading in)
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;"))
                .containsOnlyOnce("Provisioning 987654 does not exist.");
    }

    @Test
    void theCustomersPageListsTheCustomersTheAgentWorkedOnLast() {
        String name = "Recent Robin " + System.nanoTime();
        Api.Answer created = new Api("agent", "agent").post("customers", """
                {"type": "INDIVIDUAL", "name": "%s", "paymentMethodValid": true}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        browser.get(PlanDeskDeployment.BASE_URL + "customers.xhtml");
        signIn("agent", "agent");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recent-customers")));
        assertThat(browser.findElement(By.id("recent-customers")).findElements(By.tagName("li")).get(0).getText())
                .as("the newest first").contains(name);
        browser.findElement(By.id("search:query")).sendKeys("Nobody Atall");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:not-found")));
        assertThat(browser.findElements(By.id("recent-customers"))).as("replaced by the search").isEmpty();
    }

    @Test
    void anAgentOpeningAnAdminScreenIsToldWhyAndGivenAWayBack() {
        browser.get(PlanDeskDeployment.BASE_URL + "admin/products.xhtml");
        signIn("agent", "agent");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forbidden")));
        assertThat(browser.findElement(By.id("forbidden")).getText())
                .contains("This page is not for your role", "signed in as agent");
        assertThat(browser.findElement(By.id("nav-customers")).isDisplayed()).as("the page's own header").isTrue();
        browser.findElement(By.id("back-home")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "Mobile - 20GB Plan"));
    }

    @Test
    void anAdminSwitchesTheOcsSimulatorToRehearseAFailure() throws Exception {
        browser.get(PlanDeskDeployment.BASE_URL + "systems.xhtml");
        signIn("admin", "admin");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("simulators"), "OCS (CGRateS"));
        assertThat(browser.findElement(By.xpath("//tr[contains(., 'OCS (CGRateS')]")).getText())
                .as("the OCS's health, from a harmless call").containsPattern("Reachable: answered in \\d+ ms");

        browser.findElement(By.xpath("//tr[contains(., 'OCS (CGRateS')]//button[normalize-space(.)='fail']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("simulators"), "FAIL"));
        assertThat(new Api("agent", "agent").get("simulators").json().getString("ocs")).isEqualTo("FAIL");
        assertThat(browser.findElement(By.xpath("//tr[contains(., 'OCS (CGRateS')]")).getText())
                .contains("Not reachable: Could not connect to OCS");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The OCS simulator is now FAIL.");
        screenshot("systems");

        browser.findElement(By.xpath("//tr[contains(., 'OCS (CGRateS')]//button[normalize-space(.)='ok']")).click();
        wait.until(d -> "OK".equals(new Api("agent", "agent").get("simulators").json().getString("ocs")));
        assertThat(browser.findElement(By.id("processes")).getText()).contains("provisionMobilePlan")
                .containsPattern("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2}"); // deployed, as every screen writes a time
    }

    private void toggle(String label) {
        browser.findElement(By.xpath("//div[contains(@class,'ui-selectonebutton')]//*[normalize-space(text())='"
                + label + "']")).click();
    }

    private java.util.List<String> cardNames() {
        return browser.findElements(By.cssSelector(".product-card .pd-product-name")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.get(PlanDeskDeployment.BASE_URL);
        signIn("agent", "not-the-password");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("user name or password is wrong");
        assertThat(browser.findElements(By.id("catalog"))).isEmpty();
    }

    @Test
    void anAdminAddsAMemberOfStaffOnTheStaffScreenAndDisablesThem() throws Exception {
        String lee = "lee" + System.nanoTime() % 1_000_000;
        browser.get(PlanDeskDeployment.BASE_URL + "admin/staff.xhtml");
        signIn("admin", "admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add:username"))).sendKeys(lee);
        browser.findElement(By.id("add:password")).sendKeys("short");
        session.click(By.id("add:addUser"));
        session.waitForText(By.id("messages"), "at least 12 characters");

        browser.findElement(By.id("add:password")).clear();
        browser.findElement(By.id("add:password")).sendKeys("a-long-enough-one-7");
        session.click(By.id("add:addUser"));
        session.waitForText(By.id("messages"), lee + " can sign in now.");
        session.waitForText(By.id("staff:users"), lee);
        assertThat(new Api(lee, "a-long-enough-one-7").get("products").status()).isEqualTo(200);

        String row = "//tr[td[1][normalize-space()='" + lee + "']]";
        session.click(By.xpath(row + "//div[contains(@class,'ui-chkbox')]"
                + "[following-sibling::label[1][normalize-space()='supervisor']]//div[contains(@class,'ui-chkbox-box')]"));
        session.click(By.xpath(row + "//button[contains(@id,'saveRoles')]"));
        session.waitForText(By.id("messages"), lee + "'s roles are saved.");
        assertThat(admin.get("staff").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> lee.equals(u.getString("username"))).findFirst().orElseThrow()
                .getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).containsExactlyInAnyOrder("agent", "supervisor");

        session.click(By.xpath(row + "//button[contains(@id,'disable')]"));
        session.waitForText(By.id("messages"), lee + " is disabled and cannot sign in.");
        assertThat(session.text(By.xpath("//tr[td[1][normalize-space()='" + lee + "']]"))).contains("Disabled");
        assertThat(new Api(lee, "a-long-enough-one-7").get("products").status()).isEqualTo(401);
        assertThat(session.text(By.id("changes:trail"))).contains("disabled", "admin", lee);
        screenshot("staff");
    }

    @Test
    void aUserWhosePasswordWasResetChoosesTheirOwnAtTheFirstSignIn() {
        String pat = "pat" + System.nanoTime() % 1_000_000;
        assertThat(admin.post("staff", """
                {"username": "%s", "password": "first-password-123", "roles": ["agent"]}""".formatted(pat)).status())
                .isEqualTo(201);
        assertThat(admin.post("staff/" + pat + "/password", "{\"password\": \"given-by-admin-456\"}").status())
                .isEqualTo(200);

        browser.get(PlanDeskDeployment.BASE_URL + "customers.xhtml");
        signIn(pat, "given-by-admin-456");
        session.waitForText(By.id("required"), "Choose your own password");
        browser.get(PlanDeskDeployment.BASE_URL + "products.xhtml");
        session.waitForText(By.id("required"), "Choose your own password"); // nothing else until then

        browser.findElement(By.id("password:current")).sendKeys("given-by-admin-456");
        browser.findElement(By.id("password:new")).sendKeys("my-own-secret-789");
        browser.findElement(By.id("password:confirmation")).sendKeys("my-own-secret-789");
        session.click(By.id("password:change"));
        session.waitForText(By.id("messages"), "Your password is changed.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog"), "Mobile - 20GB Plan"));
        assertThat(new Api(pat, "my-own-secret-789").get("products").status()).isEqualTo(200);
        assertThat(new Api(pat, "given-by-admin-456").get("products").status()).isEqualTo(401);
        assertThat(admin.get("staff").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> pat.equals(u.getString("username"))).findFirst().orElseThrow()
                .getBoolean("mustChangePassword")).isFalse();
    }
}
