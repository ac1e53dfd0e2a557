package dev.qbrsync.app;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The finance page as a person uses it in the browser: what they click and type, and what they read. */
final class FinancePageDriver {
    private final ChromeDriver browser;
    private final URI base;
    private final WebDriverWait wait;

    FinancePageDriver(ChromeDriver browser, URI base) {
        this.browser = browser;
        this.base = base;
        // Selenium looks every half second by default; a page answers within milliseconds, so each wait would mostly
        // be spent idle (tens of seconds over the browser tests).
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
    }

    ChromeDriver browser() {
        return browser;
    }

    void open() {
        browser.get(base.resolve("/").toString());
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void signIn(String token) {
        WebElement field = waitFor(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    }

    /** Opens a page from the navigation and waits until it has loaded. */
    void goTo(String page) {
        browser.findElement(By.cssSelector("#pages a[data-page='" + page + "']")).click();
        waitUntilLoaded(page);
    }

    void waitUntilLoaded(String page) {
        wait.until(driver -> !driver.findElements(By.cssSelector(".page[data-page='" + page + "']")).isEmpty()
                && driver.findElements(By.cssSelector("[aria-busy='true']")).isEmpty());
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    String metric(String month, String metric) {
        return metricCell(month, metric).getText();
    }

    WebElement metricCell(String month, String metric) {
        return waitFor(By.cssSelector("#metrics-table tr[data-month='" + month + "'] td[data-metric='" + metric
                + "']"));
    }

    /** Points at the chart's last month and reads the value its legend shows for a line. */
    String chartValueAtLastMonth(String lineLabel) {
        WebElement plot = waitFor(By.cssSelector("#metrics-chart .u-over"));
        new Actions(browser).moveToElement(plot, plot.getSize().getWidth() / 2 - 2, 0).perform();
        return wait.until(driver -> driver.findElements(By.cssSelector("#metrics-chart .u-legend .u-series")).stream()
                .filter(row -> row.findElement(By.cssSelector(".u-label")).getText().equals(lineLabel))
                .map(row -> row.findElement(By.cssSelector(".u-value")).getText())
                .filter(value -> !value.isBlank() && !value.equals("--"))
                .findFirst().orElse(null));
    }

    List<WebElement> visibleRows(String table) {
        return browser.findElements(By.cssSelector(table + " tbody tr")).stream().filter(WebElement::isDisplayed)
                .toList();
    }

    /** The visible rows once there are {@code count}: a page shown again may still show its previous rows a moment. */
    List<WebElement> visibleRows(String table, int count) {
        wait.until(driver -> visibleRows(table).size() == count);
        return visibleRows(table);
    }

    void choose(String selectId, String value) {
        new Select(waitFor(By.id(selectId))).selectByValue(value);
    }

    /** The message shown next to an input, by the input's id. */
    String fieldError(String inputId) {
        return text(By.id(inputId + "-error"));
    }

    /** Inputs and selects a person can see that no label names. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledControls() {
        return (List<String>) browser.executeScript("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(c => c.offsetParent !== null && c.labels.length === 0 && !c.getAttribute('aria-label'))"
                + ".map(c => c.id || c.name || c.outerHTML);");
    }

    /** True when a table is shown whole, without scrolling inside its box. */
    boolean fitsItsBox(String tableId) {
        return (Boolean) browser.executeScript("const box = document.getElementById(arguments[0]).parentElement;"
                + "return box.scrollWidth <= box.clientWidth;", tableId);
    }

    /** True when the page is no wider than the window: wide tables scroll inside their own box. */
    boolean fitsTheWindow() {
        return (Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }
}
