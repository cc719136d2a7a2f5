package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestLogFilterTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("com.partnerportal.requests");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
        logger.setLevel(levelBefore);
    }

    @Test
    void logsPagesWithoutTheirQueryStringButNeitherProbesNorStaticFiles() throws Exception {
        for (String path : List.of(
                "/account/activate",
                "/actuator/health/liveness",
                "/actuator/health",
                "/actuator/info",
                "/webjars/x.js")) {
            var request = new MockHttpServletRequest("GET", path);
            request.setQueryString("token=secret");
            new RequestLogFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        }

        assertThat(lines.list)
                .singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage())
                        .startsWith("GET /account/activate 200 ")
                        .doesNotContain("secret"));
    }
}
