package com.partnerportal.university.web;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PortalPrincipal;
import com.partnerportal.university.internal.ScormPlayer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The SCORM player (R5.7): the page that hosts the runtime and the SCO's frame, the package's files
 * under the key the launch made, and the runtime's commits.
 */
@Controller
class ScormController {

    static final String FILES = "/university/scorm-files/";

    /**
     * What a package's page may do in its frame: run its own scripts, styles, forms and media from
     * the package, never with the portal's origin (the sandbox gives it none), and send no referrer
     * (its address holds its key).
     */
    static final String PACKAGE_POLICY = "sandbox allow-scripts allow-forms allow-popups allow-downloads;"
            + " default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; object-src 'none';"
            + " base-uri 'self'; frame-ancestors 'self'";

    private static final Pattern HEAD = Pattern.compile("<head[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final int MOST_HTML_BYTES = 5 * 1024 * 1024;

    private final ScormPlayer player;
    private final StoredFiles files;

    ScormController(ScormPlayer player, StoredFiles files) {
        this.player = player;
        this.files = files;
    }

    @GetMapping("/university/courses/{slug}/play/{sco}")
    String play(
            @AuthenticationPrincipal PortalPrincipal learner,
            @PathVariable String slug,
            @PathVariable int sco,
            Model model) {
        model.addAttribute("launch", player.launch(learner, slug, sco));
        return "university/player";
    }

    @GetMapping(FILES + "{token}/**")
    void file(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getContextPath() + FILES + token + "/";
        String path = UriUtils.decode(request.getRequestURI().substring(prefix.length()), StandardCharsets.UTF_8);
        var found = player.file(token, path).orElseThrow(NotFoundException::new);
        var file = found.file();
        response.setHeader("Content-Security-Policy", PACKAGE_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        if (file.contentType().startsWith(MediaType.TEXT_HTML_VALUE) && file.sizeBytes() <= MOST_HTML_BYTES) {
            var page = new ByteArrayOutputStream();
            files.copy(file, page);
            byte[] html = withApi(
                            page.toString(StandardCharsets.UTF_8),
                            player.lastCommitted(found.grant()),
                            request.getContextPath())
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        files.copy(file, response.getOutputStream());
    }

    /**
     * The page with the SCORM API its scripts look for, first thing in its head: scorm-again's
     * cross-frame client, which talks to the runtime in the player by messages, its cache filled with
     * the learner's data so that what the SCO reads at once (suspend data, location) is there.
     */
    static String withApi(String html, String cmi, String contextPath) {
        String scripts = "<script src=\"" + contextPath + "/js/scorm/cross-frame-api.min.js\"></script>"
                + "<script src=\"" + contextPath + "/js/scorm/sco-frame.js\" data-cmi=\""
                + HtmlUtils.htmlEscape(cmi) + "\"></script>";
        var head = HEAD.matcher(html);
        return head.find() ? html.substring(0, head.end()) + scripts + html.substring(head.end()) : scripts + html;
    }

    /**
     * scorm-again posts the flattened data model; it reads {@code result} and {@code errorCode} back.
     * A SCORM 2004 data model at its largest (64,000 characters of suspend data, interactions and
     * objectives) stays well under the 1 MB {@link ScormCommitLimit} lets through.
     */
    @PostMapping(value = "/university/scorm/{packageId}/{sco}/commit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> commit(
            @AuthenticationPrincipal PortalPrincipal learner,
            @PathVariable UUID packageId,
            @PathVariable int sco,
            @RequestBody Map<String, Object> cmi) {
        var committed = player.commit(learner, packageId, sco, cmi);
        return Map.of("result", true, "errorCode", 0, "completed", committed.scoCompleted());
    }
}
