package com.partnerportal.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerportal.university.internal.ScormPackageReader;
import com.partnerportal.university.internal.ScormPackageReader.PackageRefusedException;
import com.partnerportal.university.internal.ScormVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R5.7: the package validation table — what an authoring tool exports is accepted and read; a
 * package that is not what it claims, or that attacks the server (XXE, zip slip, zip bomb, too many
 * entries), is refused with the message that says why, and nothing of it is handed over to be kept.
 */
class ScormPackageReaderTest {

    private static final ScormPackageReader.Limits LIMITS = new ScormPackageReader.Limits(100, 5_000_000);
    private static final String SCO = "<html><body><script>/* calls the SCORM API */</script></body></html>";

    @TempDir
    Path directory;

    @Test
    void aScorm12PackageIsReadWithItsMasteryScore() throws Exception {
        var manifest =
                check(zip(Map.of("imsmanifest.xml", manifest12(), "index.html", SCO, "img/logo.png", "png")), LIMITS);
        assertThat(manifest.version()).isEqualTo(ScormVersion.SCORM_12);
        assertThat(manifest.title()).isEqualTo("Selling Singularity");
        assertThat(manifest.first().launch()).isEqualTo("index.html");
        assertThat(manifest.masteryScore()).contains(80.0);
    }

    @Test
    void scorm2004ThirdAndFourthEditionsAreTold() throws Exception {
        for (var edition : Map.of(
                        "2004 3rd Edition", ScormVersion.SCORM_2004_3RD,
                        "2004 4th Edition", ScormVersion.SCORM_2004_4TH,
                        "CAM 1.3", ScormVersion.SCORM_2004_3RD)
                .entrySet()) {
            var manifest = check(
                    zip(Map.of("imsmanifest.xml", manifest2004(edition.getKey()), "sco/start.html", SCO)), LIMITS);
            assertThat(manifest.version()).as(edition.getKey()).isEqualTo(edition.getValue());
            assertThat(manifest.first().launch()).isEqualTo("sco/start.html?mode=normal");
            assertThat(manifest.masteryScore()).contains(75.0);
        }
    }

    @Test
    void aMultiScoPackageListsItsScosInOrderSkippingHiddenOnes() throws Exception {
        String manifest = """
                <manifest identifier="multi" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="o"><organization identifier="o"><title>Three parts</title>
                    <item identifier="i1" identifierref="r1"><title>One</title></item>
                    <item identifier="module"><title>Module</title>
                      <item identifier="i2" identifierref="r2"><title>Two</title></item>
                      <item identifier="i3" identifierref="r3" isvisible="false"><title>Hidden</title></item>
                    </item>
                  </organization></organizations>
                  <resources xml:base="content/">
                    <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="one.html"/>
                    <resource identifier="r2" type="webcontent" adlcp:scormtype="sco" href="two.html"/>
                    <resource identifier="r3" type="webcontent" adlcp:scormtype="sco" href="three.html"/>
                  </resources>
                </manifest>
                """;
        var read = check(
                zip(Map.of(
                        "imsmanifest.xml", manifest,
                        "content/one.html", SCO,
                        "content/two.html", SCO,
                        "content/three.html", SCO)),
                LIMITS);
        assertThat(read.scos())
                .extracting(sco -> sco.title() + " " + sco.launch())
                .containsExactly("One content/one.html", "Two content/two.html");
    }

    @Test
    void refusals() throws Exception {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <manifest identifier="x"><metadata><schemaversion>&secret;</schemaversion></metadata></manifest>
                """;
        var billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <manifest identifier="x"><metadata><schemaversion>&b;</schemaversion></metadata></manifest>
                """;
        Map<String, Path> packages = new LinkedHashMap<>();
        packages.put("scorm.noManifest", zip(Map.of("index.html", SCO)));
        packages.put("scorm.badManifest", zip(Map.of("imsmanifest.xml", xxe, "index.html", SCO)));
        packages.put("scorm.badManifest ", zip(Map.of("imsmanifest.xml", billionLaughs, "index.html", SCO)));
        packages.put("scorm.badManifest  ", zip(Map.of("imsmanifest.xml", "<manifest>not closed", "index.html", SCO)));
        packages.put(
                "scorm.unsafePath", zip(Map.of("imsmanifest.xml", manifest12(), "index.html", SCO, "../../x", "x")));
        packages.put(
                "scorm.unsafePath ", zip(Map.of("imsmanifest.xml", manifest12(), "index.html", SCO, "/etc/x", "x")));
        packages.put(
                "scorm.unsafePath  ",
                zip(Map.of("imsmanifest.xml", manifest12(), "index.html", SCO, "a\\..\\..\\x", "x")));
        packages.put("scorm.tooLarge", bomb());
        packages.put("scorm.tooManyEntries", manyEntries(101));
        packages.put("scorm.missingFile", zip(Map.of("imsmanifest.xml", manifest12())));
        packages.put(
                "scorm.unknownVersion",
                zip(Map.of("imsmanifest.xml", manifest12().replace(">1.2<", ">9.9<"), "index.html", SCO)));
        packages.put("scorm.notZip", text("not a zip at all"));
        for (var refused : packages.entrySet()) {
            List<String> handedOver = new ArrayList<>();
            assertThatThrownBy(() -> ScormPackageReader.read(refused.getValue(), LIMITS, (path, content) -> {
                        content.transferTo(OutputStream.nullOutputStream());
                        handedOver.add(path);
                    }))
                    .as(refused.getKey())
                    .isInstanceOf(PackageRefusedException.class)
                    .extracting(e -> ((PackageRefusedException) e).messageKey())
                    .isEqualTo(refused.getKey().strip());
            if (!refused.getKey().startsWith("scorm.tooLarge")) {
                assertThat(handedOver)
                        .as("%s: nothing handed over", refused.getKey())
                        .isEmpty();
            }
        }
    }

    /** Reads and checks the package, keeping none of its files. */
    private static com.partnerportal.university.internal.ScormManifest check(Path zip, ScormPackageReader.Limits limits)
            throws PackageRefusedException {
        return ScormPackageReader.read(
                zip, limits, (path, content) -> content.transferTo(OutputStream.nullOutputStream()));
    }

    private static String manifest12() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="selling" version="1.0"
                          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org">
                    <organization identifier="org"><title>Selling Singularity</title>
                      <item identifier="item" identifierref="res"><title>Selling Singularity</title>
                        <adlcp:masteryscore>80</adlcp:masteryscore></item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="index.html">
                      <file href="index.html"/></resource>
                  </resources>
                </manifest>
                """;
    }

    private static String manifest2004(String edition) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="hunting" version="1"
                          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                          xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata><schema>ADL SCORM</schema><schemaversion>%s</schemaversion></metadata>
                  <organizations default="org">
                    <organization identifier="org"><title>Threat hunting</title>
                      <item identifier="item" identifierref="res" parameters="mode=normal"><title>Hunting</title>
                        <imsss:sequencing><imsss:objectives>
                          <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
                            <imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>
                          </imsss:primaryObjective>
                        </imsss:objectives></imsss:sequencing>
                      </item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="res" type="webcontent" adlcp:scormType="sco" href="sco/start.html"/>
                  </resources>
                </manifest>
                """.formatted(edition);
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path file = Files.createTempFile(directory, "package", ".zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A few kilobytes that inflate to 50 MB, ten times the limit. */
    private Path bomb() throws IOException {
        Path file = Files.createTempFile(directory, "bomb", ".zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest12().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(SCO.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(LIMITS.maxTotalBytes() / 10);
        return file;
    }

    private Path manyEntries(int count) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        entries.put("imsmanifest.xml", manifest12());
        entries.put("index.html", SCO);
        for (int i = 0; entries.size() < count; i++) {
            entries.put("asset-" + i + ".txt", "x");
        }
        return zip(entries);
    }

    private Path text(String content) throws IOException {
        Path file = Files.createTempFile(directory, "text", ".zip");
        Files.writeString(file, content);
        return file;
    }
}
