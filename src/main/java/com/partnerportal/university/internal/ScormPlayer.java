package com.partnerportal.university.internal;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays an imported course (R5.7): the launch of one of its SCOs for a learner the course opens to
 * (track and seat rules, R5.2–R5.3, else 404), the package's files for the key the launch made,
 * and the SCORM runtime's commits, kept per learner, package version and SCO so that the next
 * launch — on any instance, any device — resumes where the learner left. Completing every SCO of
 * the package completes the course once ({@link Learning#tryToComplete}, one conditional UPDATE),
 * however many commits arrive at the same time.
 */
@Service
public class ScormPlayer {

    /** The latest version of a course's package. */
    public record PackageVersion(UUID id, UUID courseId, int version, ScormVersion scormVersion, List<Sco> scos) {}

    /** One SCO of a version, with whether the learner completed it. */
    public record Sco(int position, String title, String launch, boolean completed) {}

    /**
     * What the player page needs.
     *
     * @param fileUrl the SCO's launch file, under its key
     * @param cmi the data model to resume from, as flattened {@code cmi.*} keys
     */
    public record Launch(
            Course course, PackageVersion version, Sco sco, String fileUrl, String commitUrl, String cmi) {}

    /** A file of a package, and whom and which SCO its key was made for. */
    public record PackageFile(StoredFiles.StoredFile file, ScormFileTokens.Grant grant) {}

    /** What a commit changed: whether this SCO and the course are now complete. */
    public record Committed(boolean scoCompleted, boolean courseCompleted) {}

    /**
     * What a runtime is given back to resume from: the elements a SCO sets and reads again (place,
     * suspend data, status, score, time, preferences, objectives — and in 2004 interactions and
     * comments). Not the write-only ones (exit, session time), not the counts and children lists,
     * which the runtime computes, and never a container, which would replace its object.
     */
    private static final Pattern RESUMED_12 = Pattern.compile(
            "cmi\\.(core\\.(lesson_location|lesson_status|score\\.(raw|min|max)|total_time)|suspend_data|comments"
                    + "|student_preference\\.[a-z_]+|objectives\\.\\d+\\.(id|status|score\\.(raw|min|max)))");

    private static final Pattern RESUMED_2004 = Pattern.compile(
            "cmi\\.(location|completion_status|success_status|score\\.(raw|min|max|scaled)|total_time|suspend_data"
                    + "|progress_measure|learner_preference\\.[a-z_]+"
                    + "|objectives\\.\\d+\\.(id|success_status|completion_status|progress_measure|description"
                    + "|score\\.(raw|min|max|scaled))"
                    + "|comments_from_learner\\.\\d+\\.(comment|location|timestamp))");
    private static final int MOST_KEYS = 5_000;

    private final CourseAccess access;
    private final CourseStore courses;
    private final Learning learning;
    private final StoredFiles files;
    private final ScormFileTokens tokens;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ScormPlayer(
            CourseAccess access,
            CourseStore courses,
            Learning learning,
            StoredFiles files,
            ScormFileTokens tokens,
            JdbcClient jdbc) {
        this.access = access;
        this.courses = courses;
        this.learning = learning;
        this.files = files;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** The package a course plays, if it is an imported course; its SCOs as the learner left them. */
    public Optional<PackageVersion> current(UUID courseId, UUID learnerId) {
        return jdbc.sql("SELECT id, version, scorm_version FROM scorm_package WHERE course_id = :c"
                        + " ORDER BY version DESC LIMIT 1")
                .param("c", courseId)
                .query((row, n) -> new PackageVersion(
                        row.getObject("id", UUID.class),
                        courseId,
                        row.getInt("version"),
                        ScormVersion.valueOf(row.getString("scorm_version")),
                        List.of()))
                .optional()
                .map(head -> new PackageVersion(
                        head.id(), courseId, head.version(), head.scormVersion(), scos(head.id(), learnerId)));
    }

    private List<Sco> scos(UUID packageId, UUID learnerId) {
        return jdbc.sql("""
                        SELECT s.position, s.title, s.launch, coalesce(a.completed, false) AS completed
                        FROM scorm_sco s
                        LEFT JOIN scorm_attempt a ON a.package_id = s.package_id AND a.sco_position = s.position
                                                 AND a.account_id = :learner
                        WHERE s.package_id = :package ORDER BY s.position
                        """)
                .param("package", packageId)
                .param("learner", learnerId)
                .query((row, n) -> new Sco(
                        row.getInt("position"),
                        row.getString("title"),
                        row.getString("launch"),
                        row.getBoolean("completed")))
                .list();
    }

    /** @throws NotFoundException unless the course opens to the learner, plays a package and has that SCO */
    @Transactional
    public Launch launch(PortalPrincipal learner, String slug, int position) {
        var course = access.open(learner, slug);
        var version = current(course.id(), learner.userId()).orElseThrow(NotFoundException::new);
        var sco = version.scos().stream()
                .filter(each -> each.position() == position)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        learning.enrol(learner.userId(), course.id());
        String token = tokens.issue(new ScormFileTokens.Grant(version.id(), learner.userId(), position));
        return new Launch(
                course,
                version,
                sco,
                "/university/scorm-files/" + token + "/" + sco.launch(),
                "/university/scorm/" + version.id() + "/" + position + "/commit",
                startingData(learner, version, position));
    }

    /** A file of the package the key grants; nothing for a wrong key or path. */
    public Optional<PackageFile> file(String token, String path) {
        var grant = tokens.read(token);
        if (grant.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT file_id FROM scorm_package_file WHERE package_id = :p AND path = :path")
                .param("p", grant.get().packageId())
                .param("path", path)
                .query(UUID.class)
                .optional()
                .flatMap(files::find)
                .map(file -> new PackageFile(file, grant.get()));
    }

    /** What a page of the package starts from: the elements given back at a launch, as last committed. */
    public String lastCommitted(ScormFileTokens.Grant grant) {
        var version = jdbc.sql("SELECT scorm_version FROM scorm_package WHERE id = :p")
                .param("p", grant.packageId())
                .query(String.class)
                .optional()
                .map(ScormVersion::valueOf)
                .orElseThrow(NotFoundException::new);
        Map<String, Object> stored =
                json.readValue(stored(grant.accountId(), grant.packageId(), grant.sco()), Map.class);
        return json.writeValueAsString(resumable(version, stored));
    }

    private static Map<String, Object> resumable(ScormVersion version, Map<String, Object> stored) {
        var data = new LinkedHashMap<String, Object>();
        var resumed = version.is2004() ? RESUMED_2004 : RESUMED_12;
        stored.forEach((key, value) -> {
            if (resumed.matcher(key).matches()
                    && value != null
                    && !String.valueOf(value).isEmpty()) {
                data.put(key, value);
            }
        });
        return data;
    }

    /**
     * Keeps what the SCORM runtime committed, the facts it states (completion, success, score, time)
     * never going back from complete, and completes the course when every SCO is.
     *
     * @throws NotFoundException unless the package is the course's and the course opens to the learner
     */
    @Transactional
    public Committed commit(PortalPrincipal learner, UUID packageId, int position, Map<String, Object> cmi) {
        var course = jdbc.sql("SELECT course_id FROM scorm_package WHERE id = :p")
                .param("p", packageId)
                .query(UUID.class)
                .optional()
                .flatMap(courses::find)
                .orElseThrow(NotFoundException::new)
                .course();
        access.open(learner, course.slug());
        var version = jdbc.sql("SELECT scorm_version FROM scorm_package p JOIN scorm_sco s ON s.package_id = p.id"
                        + " WHERE p.id = :p AND s.position = :s")
                .param("p", packageId)
                .param("s", position)
                .query(String.class)
                .optional()
                .map(ScormVersion::valueOf)
                .orElseThrow(NotFoundException::new);
        var kept = new LinkedHashMap<String, String>();
        cmi.forEach((key, value) -> {
            if (kept.size() < MOST_KEYS && key.startsWith("cmi.") && key.length() <= 255 && value != null) {
                kept.put(key, String.valueOf(value));
            }
        });
        boolean completed = completed(version, kept);
        jdbc.sql("""
                        INSERT INTO scorm_attempt (account_id, package_id, sco_position, cmi, completed, passed, score,
                            total_time)
                        VALUES (:a, :p, :s, CAST(:cmi AS jsonb), :completed, :passed, :score, :time)
                        ON CONFLICT (account_id, package_id, sco_position) DO UPDATE SET
                            cmi = EXCLUDED.cmi,
                            completed = scorm_attempt.completed OR EXCLUDED.completed,
                            passed = coalesce(EXCLUDED.passed, scorm_attempt.passed),
                            score = coalesce(EXCLUDED.score, scorm_attempt.score),
                            total_time = coalesce(EXCLUDED.total_time, scorm_attempt.total_time),
                            commits = scorm_attempt.commits + 1,
                            updated_at = now()
                        """)
                .param("a", learner.userId())
                .param("p", packageId)
                .param("s", position)
                .param("cmi", json.writeValueAsString(kept))
                .param("completed", completed)
                .param("passed", passed(version, kept))
                .param("score", score(version, kept))
                .param("time", kept.get(version.is2004() ? "cmi.total_time" : "cmi.core.total_time"))
                .update();
        boolean courseCompleted = completed && learning.tryToComplete(learner.userId(), course);
        return new Committed(completed, courseCompleted);
    }

    /** What the runtime starts from: the last commit, less what a SCO only writes, with entry and learner set. */
    private String startingData(PortalPrincipal learner, PackageVersion version, int position) {
        Map<String, Object> stored = json.readValue(stored(learner.userId(), version.id(), position), Map.class);
        var data = resumable(version.scormVersion(), stored);
        boolean suspended =
                "suspend".equals(stored.get(version.scormVersion().is2004() ? "cmi.exit" : "cmi.core.exit"));
        if (version.scormVersion().is2004()) {
            data.put("cmi.learner_id", learner.userId().toString());
            data.put("cmi.learner_name", learner.displayName());
            data.put("cmi.entry", suspended ? "resume" : stored.isEmpty() ? "ab-initio" : "");
        } else {
            data.put("cmi.core.student_id", learner.userId().toString());
            data.put("cmi.core.student_name", learner.displayName());
            data.put("cmi.core.entry", suspended ? "resume" : stored.isEmpty() ? "ab-initio" : "");
        }
        return json.writeValueAsString(data);
    }

    private String stored(UUID accountId, UUID packageId, int position) {
        return jdbc.sql(
                        "SELECT cmi::text FROM scorm_attempt WHERE account_id = :a AND package_id = :p AND sco_position = :s")
                .param("a", accountId)
                .param("p", packageId)
                .param("s", position)
                .query(String.class)
                .optional()
                .orElse("{}");
    }

    private static boolean completed(ScormVersion version, Map<String, String> cmi) {
        if (version.is2004()) {
            return "completed".equals(cmi.get("cmi.completion_status"));
        }
        String status = cmi.getOrDefault("cmi.core.lesson_status", "");
        return status.equals("completed") || status.equals("passed");
    }

    private static Boolean passed(ScormVersion version, Map<String, String> cmi) {
        String status = cmi.getOrDefault(version.is2004() ? "cmi.success_status" : "cmi.core.lesson_status", "");
        return status.equals("passed") ? Boolean.TRUE : status.equals("failed") ? Boolean.FALSE : null;
    }

    private static BigDecimal score(ScormVersion version, Map<String, String> cmi) {
        String raw = cmi.get(version.is2004() ? "cmi.score.raw" : "cmi.core.score.raw");
        if ((raw == null || raw.isBlank()) && version.is2004() && cmi.get("cmi.score.scaled") != null) {
            raw = cmi.get("cmi.score.scaled");
            try {
                return new BigDecimal(raw.strip()).multiply(BigDecimal.valueOf(100));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        try {
            var score = raw == null || raw.isBlank() ? null : new BigDecimal(raw.strip());
            return score == null || score.abs().compareTo(BigDecimal.valueOf(99_999)) > 0 ? null : score;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
