package partnerportal.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL 17 for the application: a fresh throw-away cluster, or, when
 * {@code portal.dev.postgres-data-dir} is set (the dev run), one whose data survives restarts.
 * Declared as beans so that Spring stops PostgreSQL after everything that uses it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${portal.dev.postgres-data-dir:}") String dataDirectory)
            throws IOException {
        return start(dataDirectory.isBlank() ? null : Path.of(dataDirectory));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        return dataSourceFor(postgres.getJdbcUrl("postgres", "postgres"));
    }

    public static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory.toAbsolutePath()).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    public static HikariDataSource dataSourceFor(String jdbcUrl) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionTimeout(2_500);
        dataSource.setValidationTimeout(1_000);
        return dataSource;
    }
}
