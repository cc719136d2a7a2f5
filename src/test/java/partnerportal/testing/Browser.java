package partnerportal.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Chromium for the whole test run (starting Playwright costs about a second): Debian's
 * {@code /usr/bin/chromium} where it exists, else the browser Playwright installs for itself.
 */
final class Browser {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static com.microsoft.playwright.Browser shared;

    private Browser() {}

    static synchronized BrowserContext newContext(String baseUrl, String language) {
        return browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setBaseURL(baseUrl)
                        .setLocale(language)
                        .setExtraHTTPHeaders(Map.of("Accept-Language", language))
                        .setViewportSize(1280, 900)
                        // axe reads colours as they are at that instant: mid-transition, a button just
                        // clicked (still fading to its hover colours) failed contrast once in CI. Bootstrap
                        // and portal.css drop transitions for people who ask for reduced motion.
                        .setReducedMotion(ReducedMotion.REDUCE));
    }

    private static com.microsoft.playwright.Browser browser() {
        if (shared == null) {
            boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
            var options = new Playwright.CreateOptions();
            if (system) {
                options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            }
            Playwright playwright = Playwright.create(options);
            var launch = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync"));
            if (system) {
                launch.setExecutablePath(SYSTEM_CHROMIUM);
            }
            shared = playwright.chromium().launch(launch);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return shared;
    }

    static Page newPage(BrowserContext context) {
        return context.newPage();
    }
}
