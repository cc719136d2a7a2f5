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
 * Requests so malformed that Tomcat refuses them before the application sees them (bad
 * percent-encoding in the path, say) get the portal's bilingual 400 page instead of Tomcat's.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Path page = extract("static-errors/400.html");
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve report) {
                    configure(report, page);
                    return;
                }
            }
            var report = new ErrorReportValve();
            configure(report, page);
            host.getPipeline().addValve(report);
        });
    }

    private static void configure(ErrorReportValve report, Path page) {
        report.setShowReport(false);
        report.setShowServerInfo(false);
        report.setProperty("errorCode.400", page.toString());
        report.setProperty("errorCode.0", page.toString());
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
