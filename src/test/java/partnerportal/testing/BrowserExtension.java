package partnerportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a browser test a fresh {@link Page} on the running portal. Every page the test loads is
 * checked with axe-core and screenshotted under {@code target/screenshots}; the test fails on any
 * serious or critical accessibility violation, and a failing test leaves a screenshot of where it
 * stopped.
 */
public class BrowserExtension
        implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {

    private static final String AXE = load("/axe/axe.min.js");
    private static final String RUN_AXE = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '));
            }""";
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    /** What one test's browser saw. */
    static final class Session {
        final BrowserContext context;
        final Page page;
        final List<String> violations = new ArrayList<>();
        final List<String> navigatedAwayTooSoon = new ArrayList<>();
        java.util.function.Consumer<Page> onLoad;
        final Path screenshots;
        int pagesChecked;

        Session(BrowserContext context, Page page, Path screenshots) {
            this.context = context;
            this.page = page;
            this.screenshots = screenshots;
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        String port = SpringExtension.getApplicationContext(extension)
                .getEnvironment()
                .getProperty("local.server.port");
        BrowserContext context = Browser.newContext("http://localhost:" + port, "en-US");
        Page page = Browser.newPage(context);
        Path screenshots = Path.of(
                "target",
                "screenshots",
                extension.getRequiredTestClass().getSimpleName(),
                extension.getRequiredTestMethod().getName());
        org.springframework.util.FileSystemUtils.deleteRecursively(screenshots.toFile());
        var session = new Session(context, page, screenshots);
        session.onLoad = loaded -> check(session, loaded);
        page.onLoad(session.onLoad);
        extension.getStore(NAMESPACE).put(Session.class, session);
    }

    private static void check(Session session, Page page) {
        try {
            session.pagesChecked++;
            String name = String.format("%02d-%s.png", session.pagesChecked, slug(page.url()));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(session.screenshots.resolve(name))
                    .setFullPage(true));
            if ("text/html".equals(page.evaluate("() => document.contentType"))) {
                seriousViolations(page).forEach(v -> session.violations.add(page.url() + " → " + v));
            }
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Execution context was destroyed") || message.contains("axe is not defined")) {
                // The test moved on before the check finished (axe was injected into the page before,
                // then run in the next one); the page is checked again at the end.
                session.navigatedAwayTooSoon.add(page.url());
            } else {
                session.violations.add(page.url() + " → could not be checked: " + e.getMessage());
            }
        }
    }

    /** The serious and critical axe-core violations on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        page.evaluate(AXE);
        return (List<String>) page.evaluate(RUN_AXE);
    }

    private static String slug(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "").replaceAll("[^A-Za-z0-9]+", "-");
        path = path.replaceAll("^-|-$", "");
        return path.isEmpty() ? "home" : path.length() > 60 ? path.substring(0, 60) : path;
    }

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        Session session = extension.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null && extension.getExecutionException().isPresent()) {
            session.page.screenshot(new Page.ScreenshotOptions()
                    .setPath(session.screenshots.resolve("failure.png"))
                    .setFullPage(true));
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        Session session = extension.getStore(NAMESPACE).remove(Session.class, Session.class);
        if (session == null) {
            return;
        }
        if (extension.getExecutionException().isEmpty()) {
            session.page.offLoad(session.onLoad);
            for (String url : List.copyOf(session.navigatedAwayTooSoon)) {
                session.page.navigate(url);
                check(session, session.page);
            }
        }
        session.context.close();
        if (extension.getExecutionException().isEmpty()) {
            assertThat(session.pagesChecked).as("pages checked by axe").isPositive();
            assertThat(session.violations)
                    .as("serious or critical accessibility violations")
                    .isEmpty();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getStore(NAMESPACE).get(Session.class, Session.class).page;
    }

    private static String load(String resource) {
        try (InputStream in = BrowserExtension.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run scripts/refresh-data.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
