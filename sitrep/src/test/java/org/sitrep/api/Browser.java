package org.sitrep.api;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver} (or the binaries
 * named by {@code SITREP_CHROMIUM} and {@code SITREP_CHROMEDRIVER}), driven by Selenium; nothing is downloaded.
 * Without them the tests are skipped, saying so, except under CI ({@code CI=true}), where a missing browser fails.
 */
final class Browser {
    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        Path binary = find("SITREP_CHROMIUM", List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium"));
        Path driver = find("SITREP_CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        if (binary == null || driver == null) {
            String why = "no headless browser: install Debian's chromium and chromium-driver (apt-get install chromium "
                    + "chromium-driver; .ci/run does) or set SITREP_CHROMIUM and SITREP_CHROMEDRIVER";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + why);
            }
            Assumptions.abort("browser tests skipped: " + why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // chromium refuses to run as root inside its sandbox
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("SE_OFFLINE", "true")).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return browser;
    }

    private static Path find(String variable, List<String> candidates) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return new File(given).canExecute() ? Path.of(given) : null;
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
