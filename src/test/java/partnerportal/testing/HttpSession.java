package partnerportal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the running portal: keeps cookies, sends the CSRF token from the
 * last page it read, does not follow redirects. Its cookies can be handed to another client.
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*? value=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String baseUrl;
    private String csrf;

    public HttpSession(int port) {
        this(port, new CookieManager());
    }

    private HttpSession(int port, CookieManager cookies) {
        this.cookies = cookies;
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpSession(int port, InetAddress clientAddress) {
        this.cookies = new CookieManager();
        this.baseUrl = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(clientAddress)
                .build();
    }

    /**
     * A visitor whose connections come from another loopback address ({@code 127.0.0.2} …), as a
     * visitor on another machine would: the portal sees that address as the client's.
     */
    public static HttpSession from(int port, String loopbackAddress) {
        try {
            InetAddress address = InetAddress.getByName(loopbackAddress);
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("Tests only connect from loopback: " + loopbackAddress);
            }
            return new HttpSession(port, address);
        } catch (java.net.UnknownHostException unknown) {
            throw new IllegalArgumentException(unknown);
        }
    }

    /** Sends this header with every request from now on, as a proxy (or a client posing as one) would. */
    public HttpSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path));
        headers.forEach(request::header);
        return request;
    }

    /** Starts afresh as a new visitor would, keeping only the open connections. */
    public HttpSession forgetCookies() {
        cookies.getCookieStore().removeAll();
        csrf = null;
        return this;
    }

    /** The value of one of this visitor's cookies, if it has it. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The CSRF token of the last page read that had a form. */
    public String csrfToken() {
        return csrf;
    }

    /** Replaces a cookie, as a visitor who edits their cookies would. */
    public HttpSession setCookie(String name, String value) {
        var store = cookies.getCookieStore();
        store.getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .toList()
                .forEach(cookie -> store.remove(null, cookie));
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        store.add(URI.create(baseUrl), cookie);
        return this;
    }

    /** Points the same cookies at another instance, as a load balancer would. */
    public HttpSession movedTo(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response = client.send(
                request(path)
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        var fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON with the CSRF token in its header, as the portal's scripts do. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        var request = request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts one file as multipart/form-data, with the CSRF token, as a file input would. */
    public HttpResponse<String> postFile(String path, String fileName, String content)
            throws IOException, InterruptedException {
        return postMultipart(path, Map.of(), fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts form fields and one file named "file" as multipart/form-data, with the CSRF token. */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileName, String contentType, byte[] content)
            throws IOException, InterruptedException {
        return postMultipart(path, fields, "file", fileName, contentType, content);
    }

    /** Posts form fields and one file as multipart/form-data, with the CSRF token. */
    public HttpResponse<String> postMultipart(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----portal" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Fetches raw bytes, e.g. a download. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Follows redirects from a GET of this path or absolute URL (to another server too, such as an
     * identity provider) until an answer that is not one, or until the next address is one the test
     * wants to send itself; returns the last answer, whose Location is that address when it stopped.
     */
    public HttpResponse<String> follow(String pathOrUrl, java.util.function.Predicate<String> stopBefore)
            throws IOException, InterruptedException {
        var response = get(pathOrUrl);
        URI at = response.uri();
        for (int hops = 0; hops < 20 && response.statusCode() / 100 == 3; hops++) {
            String next = at.resolve(response.headers().firstValue("Location").orElseThrow())
                    .toString();
            if (stopBefore.test(next)) {
                return response;
            }
            response = get(next);
            at = response.uri();
        }
        return response;
    }

    /** Logs in through the form; returns where the portal redirected to. */
    public String logIn(String email, String password) throws IOException, InterruptedException {
        get("/login");
        var response = post("/login", Map.of("email", email, "password", password));
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
