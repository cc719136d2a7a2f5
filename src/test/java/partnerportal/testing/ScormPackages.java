package partnerportal.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * SCORM packages built by the tests and the demo (R5.7): one SCO page whose script calls the API of
 * its edition — initialise, show the suspend data it resumes from, save progress (location, suspend
 * data, incomplete) or finish (completed and passed with a score) — as an authoring tool's would.
 */
public final class ScormPackages {

    private ScormPackages() {}

    /** A one-SCO package of this edition ("1.2", "2004 3rd Edition", "2004 4th Edition"), as a zip file. */
    public static Path build(String edition, String title) throws IOException {
        boolean scorm2004 = !edition.equals("1.2");
        Path file = Files.createTempFile("scorm-", ".zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "imsmanifest.xml", scorm2004 ? manifest2004(edition, title) : manifest12(title));
            put(zip, "sco/index.html", page(scorm2004, title));
            put(
                    zip,
                    "sco/style.css",
                    "body { font-family: sans-serif; margin: 1rem; } button { margin-right: .5rem; }");
        }
        return file;
    }

    /**
     * Imports a package of this edition as a course and publishes it, as a vendor admin would (the
     * import checks the caller's role): for tests, the demo data and the benchmarks.
     */
    public static java.util.UUID importPublished(
            com.partnerportal.university.internal.ScormImports imports,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            String slug,
            String track,
            String edition,
            String titleEn,
            String titleFr)
            throws IOException {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "scorm-import@sentinelone.example",
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "ROLE_VENDOR_ADMIN")));
        Path zip = build(edition, titleEn);
        try {
            var imported = imports.importCourse(
                    new com.partnerportal.university.internal.CourseForm(
                            slug,
                            track,
                            "en,fr",
                            "20",
                            "3",
                            "24",
                            titleEn,
                            titleFr,
                            "An imported SCORM course: save your place, come back, finish.",
                            "Un cours SCORM importé : enregistrez votre progression, revenez, terminez.",
                            null),
                    zip,
                    "scorm-import@sentinelone.example");
            jdbc.sql("UPDATE course SET status = 'PUBLISHED' WHERE id = :id")
                    .param("id", imported.courseId())
                    .update();
            return imported.courseId();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            Files.deleteIfExists(zip);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String manifest12(String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="demo12" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>%1$s</title>
                    <item identifier="item" identifierref="res"><title>%1$s</title>
                      <adlcp:masteryscore>80</adlcp:masteryscore></item>
                  </organization></organizations>
                  <resources><resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
                    <file href="sco/index.html"/><file href="sco/style.css"/></resource></resources>
                </manifest>
                """.formatted(title);
    }

    private static String manifest2004(String edition, String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="demo2004" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
                  <metadata><schema>ADL SCORM</schema><schemaversion>%1$s</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>%2$s</title>
                    <item identifier="item" identifierref="res"><title>%2$s</title></item>
                  </organization></organizations>
                  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="sco/index.html">
                    <file href="sco/index.html"/><file href="sco/style.css"/></resource></resources>
                </manifest>
                """.formatted(edition, title);
    }

    private static String page(boolean scorm2004, String title) {
        String calls = scorm2004 ? """
                  var api = window.API_1484_11;
                  function start() { api.Initialize(""); show(api.GetValue("cmi.suspend_data")); }
                  function save() {
                    api.SetValue("cmi.location", "page-3");
                    api.SetValue("cmi.suspend_data", "page=3;answers=ab");
                    api.SetValue("cmi.completion_status", "incomplete");
                    api.SetValue("cmi.exit", "suspend");
                    api.Commit("");
                  }
                  function finish() {
                    api.SetValue("cmi.completion_status", "completed");
                    api.SetValue("cmi.success_status", "passed");
                    api.SetValue("cmi.score.raw", "92");
                    api.SetValue("cmi.score.scaled", "0.92");
                    api.SetValue("cmi.exit", "normal");
                    api.Commit("");
                    api.Terminate("");
                  }
                  """ : """
                  var api = window.API;
                  function start() { api.LMSInitialize(""); show(api.LMSGetValue("cmi.suspend_data")); }
                  function save() {
                    api.LMSSetValue("cmi.core.lesson_location", "page-3");
                    api.LMSSetValue("cmi.suspend_data", "page=3;answers=ab");
                    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
                    api.LMSSetValue("cmi.core.exit", "suspend");
                    api.LMSCommit("");
                  }
                  function finish() {
                    api.LMSSetValue("cmi.core.score.raw", "92");
                    api.LMSSetValue("cmi.core.lesson_status", "passed");
                    api.LMSSetValue("cmi.core.exit", "");
                    api.LMSCommit("");
                    api.LMSFinish("");
                  }
                  """;
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="style.css"></head>
                <body><main>
                <h1>%s</h1>
                <p>Resumed from: <output id="resumed">(nothing yet)</output></p>
                <button type="button" id="save">Save my progress</button>
                <button type="button" id="finish">Finish the course</button>
                </main>
                <script>
                %s
                function show(data) { document.getElementById("resumed").textContent = data || "(nothing)"; }
                document.getElementById("save").addEventListener("click", save);
                document.getElementById("finish").addEventListener("click", finish);
                start();
                </script>
                </body></html>
                """.formatted(title, title, calls);
    }
}
