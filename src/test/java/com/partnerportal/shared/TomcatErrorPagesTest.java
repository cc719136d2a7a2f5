package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import partnerportal.testing.PortalTest;
import partnerportal.testing.RawHttp;

/**
 * R8.3: what Tomcat answers itself, below the application, says what happened: each status has its
 * own bilingual page, and a status without one gets the 500 page, never another status's text.
 */
@PortalTest
class TomcatErrorPagesTest {

    @Autowired
    WebServerApplicationContext context;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 413, 500, 503, 502, 0})
    void eachStatusHasItsOwnPage(int status) throws Exception {
        String page = Files.readString(Path.of(
                valve().getProperty("errorCode." + status) == null
                        ? valve().getProperty("errorCode.0")
                        : valve().getProperty("errorCode." + status)));
        int shown = Arrays.stream(TomcatErrorPages.STATUSES).anyMatch(s -> s == status) ? status : 500;
        assertThat(page)
                .contains("Error " + shown)
                .contains("Erreur " + shown)
                .doesNotContain("Exception", "Apache Tomcat");
        for (int other : TomcatErrorPages.STATUSES) {
            if (other != shown) {
                assertThat(page).doesNotContain("Error " + other);
            }
        }
    }

    @Test
    void aPathTomcatCannotDecodeGetsThe400PageFromTomcatItself() throws Exception {
        var response = RawHttp.send(port, "GET", "/%zz", null, null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Error 400").contains("Erreur 400").doesNotContain("Apache Tomcat");
    }

    private ErrorReportValve valve() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return Arrays.stream(tomcat.getHost().getPipeline().getValves())
                .filter(ErrorReportValve.class::isInstance)
                .map(ErrorReportValve.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
