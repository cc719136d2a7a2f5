package partnerportal.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test SMTP server received, read the way a recipient would. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {}

    public static List<MimeMessage> to(GreenMail greenMail, String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, recipient))
                .toList();
    }

    /** The text/plain part of a message. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = text(multipart.getBodyPart(i));
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the text part that contains {@code pathFragment}. */
    public static String link(MimeMessage message, String pathFragment) {
        Matcher matcher = LINK.matcher(text(message));
        while (matcher.find()) {
            if (matcher.group().contains(pathFragment)) {
                return matcher.group();
            }
        }
        throw new AssertionError("No link containing " + pathFragment + " in:\n" + text(message));
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null
                    && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
