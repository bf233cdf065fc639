package com.plandesk.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test: a fresh headless Chromium for each test, signed in as the test says. */
abstract class ScreensTest extends PlanDeskIT {

    Browser session;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        session = Browser.open();
        browser = session.driver;
        wait = session.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    void signIn(String user, String password) {
        session.signIn(user, password);
    }

    void screenshot(String name) throws Exception {
        session.screenshot(name);
    }
}
