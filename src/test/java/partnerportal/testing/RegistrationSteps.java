package partnerportal.testing;

import java.util.HashMap;
import java.util.Map;

/** The two steps of an access request (R3.1, R3.5) as an applicant's browser sends them. */
public final class RegistrationSteps {

    private RegistrationSteps() {}

    /** Submits the business email; returns the page shown next (the company step when it goes on). */
    public static String emailStep(HttpSession browser, String slug, String email) throws Exception {
        browser.get("/register/" + slug);
        var response = browser.post("/register/" + slug, Map.of("email", email));
        if (response.statusCode() == 302) {
            String next = response.headers().firstValue("Location").orElseThrow();
            return browser.get(next.replaceFirst("^https?://[^/]+", "")).body();
        }
        return response.body();
    }

    /** Submits the company step with a default applicant, overridden by {@code fields}; returns the outcome page. */
    public static String companyStep(HttpSession browser, String slug, Map<String, String> fields) throws Exception {
        var form = new HashMap<>(Map.of(
                "firstName", "Test", "lastName", "Applicant", "jobTitle", "Engineer", "phone", "+1 514 555 0100"));
        form.putAll(fields);
        return browser.post("/register/" + slug + "/company", form).body();
    }

    /** A whole request from a new browser. */
    public static String apply(int port, String slug, String email, Map<String, String> company) throws Exception {
        var browser = new HttpSession(port);
        emailStep(browser, slug, email);
        return companyStep(browser, slug, company);
    }
}
