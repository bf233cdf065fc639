package com.plandesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: a fresh headless Chromium for each test, signed in as the test says. Whatever the test did
 * must have run under the screens' Content-Security-Policy: a refused script or style fails it.
 */
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
            try {
                assertThat(session.cspViolations()).as("refused under the Content-Security-Policy").isEmpty();
            } finally {
                session.close();
            }
        }
    }

    void signIn(String user, String password) {
        session.signIn(user, password);
    }

    void screenshot(String name) throws Exception {
        session.screenshot(name);
    }
}
