package com.plandesk.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver, no download) and what staff do with it. Reads
 * and clicks tolerate the 0.2 s poll re-rendering elements between finding and using them.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(120));
    }

    static Browser open() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("plandesk-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")); // for cspViolations()
        return new Browser(new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build(), options));
    }

    void signIn(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
    }

    /** Clicks once the element is there, visible and not covered; a screenshot tells what was shown if not. */
    void click(By locator) {
        try {
            wait.until(d -> {
                try {
                    WebElement element = d.findElement(locator);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                } catch (WebDriverException e) {
                    return false; // re-rendered by ajax, covered by an overlay: try again
                }
            });
        } catch (RuntimeException e) {
            screenshotQuietly("click-failed");
            throw e;
        }
    }

    /** Reads through JavaScript: the poll re-renders elements between find and read. */
    String text(By locator) {
        return wait.until(d -> {
            try {
                return (String) ((JavascriptExecutor) d).executeScript("return arguments[0].innerText;",
                        d.findElement(locator));
            } catch (WebDriverException e) {
                return null;
            }
        }).trim();
    }

    void waitForText(By locator, String expected) {
        try {
            wait.until(d -> {
                try {
                    Object value = ((JavascriptExecutor) d).executeScript("return arguments[0].innerText;",
                            d.findElement(locator));
                    return value != null && value.toString().contains(expected);
                } catch (WebDriverException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            screenshotQuietly("wait-failed");
            throw e;
        }
    }

    void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("plandesk.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private void screenshotQuietly(String name) {
        try {
            screenshot(name);
        } catch (Exception ignored) {
            // the screenshot only helps to read the failure
        }
    }

    /** What the browser refused under the page's Content-Security-Policy since the last call (its console says). */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
