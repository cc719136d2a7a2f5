package partnerportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A visitor's way through single sign-on over HTTP (R11.2): the portal's email-first login, the
 * provider's login form, and back to the portal's callback — which a test may hold back to tamper
 * with or replay.
 */
public final class SignOnSteps {

    private SignOnSteps() {}

    private static final Pattern FOLLOW = Pattern.compile("href=\"([^\"]+)\" data-follow");

    /** Types the address on the login page; returns the link the page follows to the provider. */
    public static String identify(HttpSession visitor, String email) throws IOException, InterruptedException {
        visitor.get("/login");
        var answer = visitor.post("/login/identify", Map.of("email", email));
        assertThat(answer.statusCode()).as("the email step answers").isEqualTo(200);
        var link = FOLLOW.matcher(answer.body());
        assertThat(link.find()).as("the page continues to the provider").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /**
     * From the portal's redirect to the provider, logs in there and stops before the portal's
     * callback; returns the callback URL with its code and state.
     */
    public static String callbackAfterLogin(HttpSession visitor, String toProvider, String username, String password)
            throws IOException, InterruptedException {
        var loginPage = visitor.follow(toProvider, url -> false);
        assertThat(loginPage.statusCode()).as("the provider's login page").isEqualTo(200);
        assertThat(loginPage.uri().getPath()).isEqualTo("/login");
        var loggedIn = visitor.post(
                loginPage.uri().resolve("/login").toString(), Map.of("username", username, "password", password));
        assertThat(loggedIn.statusCode())
                .as("the provider accepts the password")
                .isEqualTo(302);
        var beforeCallback = visitor.follow(
                loginPage
                        .uri()
                        .resolve(loggedIn.headers().firstValue("Location").orElseThrow())
                        .toString(),
                url -> url.contains("/login/oauth2/code/"));
        String callback = loginPage
                .uri()
                .resolve(beforeCallback.headers().firstValue("Location").orElseThrow())
                .toString();
        assertThat(callback)
                .contains("/login/oauth2/code/sso")
                .contains("code=")
                .contains("state=");
        return callback;
    }

    /** Delivers the provider's answer to the portal; returns where the portal sends the visitor next. */
    public static String deliver(HttpSession visitor, String callback) throws IOException, InterruptedException {
        HttpResponse<String> answer = visitor.get(callback);
        assertThat(answer.statusCode()).as("the callback redirects").isEqualTo(302);
        return URI.create(callback)
                        .resolve(answer.headers().firstValue("Location").orElseThrow())
                        .getPath()
                + query(answer);
    }

    /** The whole way: email, provider login, callback; returns where the portal sends the visitor at the end. */
    public static String signOn(HttpSession visitor, String email, String password)
            throws IOException, InterruptedException {
        String toProvider = identify(visitor, email);
        return deliver(visitor, callbackAfterLogin(visitor, toProvider, email, password));
    }

    private static String query(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElseThrow();
        int question = location.indexOf('?');
        return question < 0 ? "" : location.substring(question);
    }
}
