package com.partnerportal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat answers itself, before or after the application (a path with bad
 * percent-encoding, a failure below the application such as the session store losing its
 * database), get the portal's bilingual page for their status instead of Tomcat's; a status
 * without a page of its own gets the 500 page, never another status's text.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        var pages = new java.util.LinkedHashMap<Integer, Path>();
        for (int status : STATUSES) {
            pages.put(status, extract("static-errors/" + status + ".html"));
        }
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve report) {
                    configure(report, pages);
                    return;
                }
            }
            var report = new ErrorReportValve();
            configure(report, pages);
            host.getPipeline().addValve(report);
        });
    }

    /** The statuses with a page of their own ({@code static-errors/<status>.html}). */
    static final int[] STATUSES = {400, 404, 413, 500, 503};

    private static void configure(ErrorReportValve report, java.util.Map<Integer, Path> pages) {
        report.setShowReport(false);
        report.setShowServerInfo(false);
        pages.forEach((status, page) -> report.setProperty("errorCode." + status, page.toString()));
        report.setProperty("errorCode.0", pages.get(500).toString());
    }

    private static Path extract(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("portal-error-", ".html");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
