package partnerportal.testing;

import com.partnerportal.PortalApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a whole portal instance on a database the test owns, so that a test can stop it, start
 * another, or run two at once: what several instances or a restart look like.
 */
public final class PortalProcess {

    private PortalProcess() {}

    public static ConfigurableApplicationContext start(EmbeddedPostgres postgres, int smtpPort, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(PortalApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
