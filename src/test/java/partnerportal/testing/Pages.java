package partnerportal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The pages of a list paged from the last row shown (forms :: keyset), followed to the end. */
public final class Pages {

    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\"[^>]*>Next<");

    /** At most this many pages are followed: a list that never ends is a failure of its own. */
    private static final int MOST = 1_000;

    private Pages() {}

    /** The body of every page from {@code first} on, following its next links. */
    public static List<String> all(HttpSession session, String first) throws Exception {
        var bodies = new ArrayList<String>();
        String path = first;
        while (path != null) {
            var response = session.get(path);
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            bodies.add(response.body());
            var next = NEXT.matcher(response.body());
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            if (bodies.size() > MOST) {
                throw new AssertionError(first + " has more than " + MOST + " pages");
            }
        }
        return bodies;
    }

    /** Every page from {@code first} on, as one text. */
    public static String joined(HttpSession session, String first) throws Exception {
        return String.join("\n", all(session, first));
    }
}
