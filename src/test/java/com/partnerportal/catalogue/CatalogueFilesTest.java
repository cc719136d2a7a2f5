package com.partnerportal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import partnerportal.testing.HttpSession;
import partnerportal.testing.PortalTest;
import partnerportal.testing.SamplePdf;
import partnerportal.testing.TestAccounts;

/**
 * R6.1, R6.2: what a vendor admin may upload (the test profile's limit is 1 MB), how files come
 * back (whole, streamed in chunks, as attachments), who may download them, and that each download
 * is counted for the dashboards.
 */
@PortalTest
class CatalogueFilesTest {

    private static final Pattern CREATED = Pattern.compile("/admin/resources/([0-9a-f-]{36})");

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private HttpSession admin;
    private String title;

    @BeforeEach
    void logIn() throws Exception {
        admin = new HttpSession(port);
        admin.logIn(testAccounts.vendorAdmin(), TestAccounts.PASSWORD);
        admin.get("/admin/resources");
        title = "Upload " + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc/passwd.pdf | pdf  | The file name must be a plain name
            ..\\..\\boot.pdf     | pdf  | The file name must be a plain name
            .hidden.pdf          | pdf  | The file name must be a plain name
            setup.exe            | pdf  | This kind of file is not accepted. Accepted: PDF, PPTX, DOCX, XLSX, MP4, PNG, JPEG.
            deck                 | pdf  | This kind of file is not accepted.
            deck.pdf             | text | The file&#39;s content does not match its extension.
            slides.pptx          | pdf  | The file&#39;s content does not match its extension.
            empty.pdf            | none | The file is empty.
            big.pdf              | big  | The file is larger than 1 MB, the limit for uploads.
            """)
    void badFilesAreRefusedWithAMessageAndNothingIsCreated(String fileName, String content, String message)
            throws Exception {
        var response = admin.postMultipart("/admin/resources", fields(), fileName, "application/pdf", bytes(content));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(message);
        assertThat(jdbc.sql("SELECT count(*) FROM resource WHERE title = :t")
                        .param("t", title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileOrALinkIsNeededButNotBoth() throws Exception {
        var fields = fields();
        fields.put("link", "https://videos.sentinelone.example/demo");
        assertThat(admin.postMultipart("/admin/resources", fields, "deck.pdf", "application/pdf", bytes("pdf"))
                        .body())
                .contains("Upload a file or give a link, not both.");
        fields.put("link", "javascript:alert(1)");
        assertThat(admin.postMultipart("/admin/resources", fields, "", "application/octet-stream", new byte[0])
                        .body())
                .contains("Give an address starting with https://.");
        assertThat(admin.postMultipart("/admin/resources", fields(), "", "application/octet-stream", new byte[0])
                        .body())
                .contains("Upload a file or give a link, not both.");
    }

    @Test
    void aPublishedFileIsDownloadedWholeByPartnersOnlyAndEachDownloadIsCounted() throws Exception {
        // Larger than one chunk, so the download is stitched from several.
        byte[] pdf =
                padded(SamplePdf.of(title, "Two chunks"), com.partnerportal.files.StoredFiles.CHUNK_BYTES + 123_456);
        var created = admin.postMultipart("/admin/resources", fields(), "Deck – été 2026.pdf", "text/plain", pdf);
        assertThat(created.statusCode()).isEqualTo(302);
        var matcher = CREATED.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        String id = matcher.group(1);

        var company = testAccounts.company("Downloaders");
        var partner = new HttpSession(port);
        partner.logIn(testAccounts.partnerUser(company), TestAccounts.PASSWORD);
        assertThat(partner.get("/catalogue/" + id).statusCode()).isEqualTo(404);
        assertThat(partner.getBytes("/catalogue/" + id + "/download").statusCode())
                .isEqualTo(404);

        admin.get("/admin/resources/" + id);
        var saved = admin.post("/admin/resources/" + id, publish(fields()));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(partner.get("/catalogue/" + id).body()).contains(title).contains("Download");
        var download = partner.getBytes("/catalogue/" + id + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Deck%20%E2%80%93%20%C3%A9t%C3%A9%202026.pdf");
        partner.getBytes("/catalogue/" + id + "/download");
        assertThat(jdbc.sql("SELECT count(*) FROM resource_download WHERE resource_id = :r AND company_id = :c")
                        .param("r", UUID.fromString(id))
                        .param("c", company.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        var anonymous = new HttpSession(port).getBytes("/catalogue/" + id + "/download");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new String(anonymous.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");

        admin.get("/admin/resources/" + id);
        var retire = publish(fields());
        retire.put("status", "RETIRED");
        admin.post("/admin/resources/" + id, retire);
        assertThat(partner.getBytes("/catalogue/" + id + "/download").statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE target_id = :id AND action = 'resource.changed'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aReplacedFileIsCheckedLikeANewOneAndServedInstead() throws Exception {
        var created = admin.postMultipart("/admin/resources", fields(), "v1.pdf", "application/pdf", bytes("pdf"));
        var matcher = CREATED.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        String id = matcher.group(1);
        admin.get("/admin/resources/" + id);
        admin.postMultipart("/admin/resources/" + id + "/file", Map.of(), "../v2.pdf", "application/pdf", bytes("pdf"));
        assertThat(admin.get("/admin/resources/" + id).body()).contains("The file name must be a plain name");

        byte[] v2 = SamplePdf.of("Version two");
        var replaced =
                admin.postMultipart("/admin/resources/" + id + "/file", Map.of(), "v2.pdf", "application/pdf", v2);
        assertThat(replaced.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/resources/" + id).body())
                .contains("The file was replaced.")
                .contains("v2.pdf");
        assertThat(admin.getBytes("/catalogue/" + id + "/download").body()).isEqualTo(v2);
    }

    @Test
    void onlyVendorAdminsManageResources() throws Exception {
        var partner = new HttpSession(port);
        partner.logIn(testAccounts.partnerUser(testAccounts.company("Curious")), TestAccounts.PASSWORD);
        assertThat(partner.get("/admin/resources").statusCode()).isEqualTo(403);
        partner.get("/catalogue");
        assertThat(partner.postMultipart("/admin/resources", fields(), "x.pdf", "application/pdf", bytes("pdf"))
                        .statusCode())
                .isEqualTo(403);
    }

    private Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("description", "A deck for the upload tests.");
        fields.put("type", "PRESENTATION");
        fields.put("audience", "SALES");
        fields.put("language", "en");
        fields.put("products", "Singularity XDR, Purple AI");
        fields.put("publishedOn", "2026-11-01");
        return fields;
    }

    private static Map<String, String> publish(Map<String, String> fields) {
        fields.put("status", "PUBLISHED");
        return fields;
    }

    private static byte[] bytes(String kind) {
        return switch (kind) {
            case "pdf" -> SamplePdf.of("A deck");
            case "text" -> "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
            case "none" -> new byte[0];
            case "big" -> padded(SamplePdf.of("Big"), 1024 * 1024 + 1);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] padded(byte[] pdf, int size) {
        byte[] bigger = Arrays.copyOf(pdf, size);
        Arrays.fill(bigger, pdf.length, size, (byte) '\n');
        return bigger;
    }
}
