package partnerportal.dev;

import com.partnerportal.university.internal.ScormImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.ScormPackages;

/**
 * The dev run's imported courses (R5.7): a SCORM 1.2 package on the foundation track and a SCORM
 * 2004 one on the technical track, built here as authoring tools export them, imported and published
 * once, as the demo vendor admin.
 */
class DevScorm {

    static final String FOUNDATION = "scorm-selling-basics";
    static final String TECHNICAL = "scorm-threat-hunting-lab";

    private static final Logger log = LoggerFactory.getLogger(DevScorm.class);

    private final ScormImports imports;
    private final JdbcClient jdbc;

    DevScorm(ScormImports imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void seed() throws Exception {
        course(FOUNDATION, "FOUNDATION", "1.2", "Selling basics (SCORM 1.2)", "Les bases de la vente (SCORM 1.2)");
        course(
                TECHNICAL,
                "TECHNICAL",
                "2004 4th Edition",
                "Threat hunting lab (SCORM 2004)",
                "Atelier de chasse aux menaces (SCORM 2004)");
    }

    private void course(String slug, String track, String edition, String titleEn, String titleFr) throws Exception {
        boolean present = jdbc.sql("SELECT EXISTS (SELECT 1 FROM course WHERE slug = :s)")
                .param("s", slug)
                .query(Boolean.class)
                .single();
        if (!present) {
            ScormPackages.importPublished(imports, jdbc, slug, track, edition, titleEn, titleFr);
            log.info("Demo SCORM course {} ({}) imported", slug, edition);
        }
    }
}
