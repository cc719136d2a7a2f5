package partnerportal.dev;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/** Every email the embedded SMTP server received, newest first, with clickable links. */
@Controller
@RequestMapping("/dev/mailbox")
class DevMailboxController {

    record Email(
            int number,
            String messageId,
            String from,
            String to,
            String subject,
            Instant sentAt,
            String text,
            String html) {

        /** The text version, escaped, with its links made clickable. */
        public String textWithLinks() {
            Matcher links = LINK.matcher(HtmlUtils.htmlEscape(text == null ? "" : text));
            return links.replaceAll(match -> "<a href=\"" + match.group() + "\">" + match.group() + "</a>");
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String SANDBOX_POLICY = "sandbox allow-popups allow-top-navigation-by-user-activation;"
            + " default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final GreenMail greenMail;

    DevMailboxController(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    @GetMapping
    String list(Model model) throws Exception {
        List<Email> emails = new ArrayList<>();
        MimeMessage[] received = greenMail.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            emails.add(read(i, received[i]));
        }
        model.addAttribute("emails", emails);
        return "dev/mailbox";
    }

    @GetMapping("/{number}")
    String show(@PathVariable int number, Model model) throws Exception {
        model.addAttribute("email", find(number));
        return "dev/mailbox-email";
    }

    @GetMapping("/{number}/html")
    ResponseEntity<String> html(@PathVariable int number) throws Exception {
        Email email = find(number);
        if (email.html() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", SANDBOX_POLICY)
                .body(email.html());
    }

    private Email find(int number) throws Exception {
        MimeMessage[] received = greenMail.getReceivedMessages();
        if (number < 0 || number >= received.length) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return read(number, received[number]);
    }

    private static Email read(int number, MimeMessage message) throws Exception {
        var parts = new String[2];
        collect(message, parts);
        return new Email(
                number,
                message.getMessageID(),
                Arrays.toString(message.getFrom()),
                Arrays.toString(message.getAllRecipients()),
                message.getSubject(),
                message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                parts[0],
                parts[1]);
    }

    /** Finds the text/plain and text/html parts, however deep in multiparts they are. */
    private static void collect(Part part, String[] found) throws Exception {
        if (part.isMimeType("text/plain") && found[0] == null) {
            found[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && found[1] == null) {
            found[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        }
    }
}
