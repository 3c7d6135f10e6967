package vn.doithoai.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One browser on Keycloak's login pages, as the SPA drives them: its own cookies (sent over plain HTTP too, as a browser
 * does to a loopback address), the code flow with PKCE, forms submitted with their hidden fields. It stops at the app's
 * callback ({@code publicUrl}), which is not running: the code in that address is exchanged for tokens directly.
 */
public final class KeycloakBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final String base;
    private final String realm;
    private final String publicUrl;
    private final String verifier;

    /** {@code base}: Keycloak's address; {@code publicUrl}: the app's, where doithoai-web's callback is. */
    public KeycloakBrowser(String base, String realm, String publicUrl) {
        this.base = base;
        this.realm = realm;
        this.publicUrl = publicUrl;
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A header this browser sends with every request, e.g. its Accept-Language. */
    public KeycloakBrowser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page logIn(String username, String password) throws Exception {
        Page login = authorize("openid profile");
        assertTrue(login.has("id=\"kc-form-login\""), "the login form, got:\n" + login.summary());
        return follow(submit(login, Map.of("username", username, "password", password)));
    }

    /** The SPA's authorization request: code flow with PKCE S256. */
    public Page authorize(String scope) throws Exception {
        return authorize(scope, Map.of());
    }

    /** The SPA's authorization request with more parameters, e.g. ui_locales. */
    public Page authorize(String scope, Map<String, String> more) throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> query = new LinkedHashMap<>(Map.of(
                "client_id", "doithoai-web", "response_type", "code", "scope", scope, "state", "s",
                "redirect_uri", publicUrl + "/auth/callback", "code_challenge", challenge, "code_challenge_method", "S256"));
        query.putAll(more);
        return follow(open(base + "/realms/" + realm + "/protocol/openid-connect/auth?" + form(query)));
    }

    /** Follows Keycloak's own redirects; stops at the app's callback (the code) or at a page. */
    public Page follow(Page page) throws Exception {
        while (page.location() != null && !page.location().startsWith(publicUrl)) {
            page = open(URI.create(page.uri()).resolve(page.location()).toString());
        }
        return page;
    }

    /** Submits the page's first form, with its hidden fields as a browser would, and the given ones. */
    public Page submit(Page page, Map<String, String> fields) throws Exception {
        Matcher form = Pattern.compile("(?s)<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>").matcher(page.body());
        assertTrue(form.find(), "no form on the page:\n" + page.summary());
        String url = form.group(1).replace("&amp;", "&");
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group(2));
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                values.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        values.putAll(fields);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(values)));
        return follow(send(b, url));
    }

    /** The tokens for the code in the app's callback address. */
    public JsonNode tokens(Page callback) throws Exception {
        assertNotNull(callback.location(), "expected the redirect to the app, got:\n" + callback.summary());
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback.location());
        assertTrue(callback.location().startsWith(publicUrl + "/auth/callback") && code.find(), callback.location());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id", "doithoai-web",
                        "code", code.group(1), "redirect_uri", publicUrl + "/auth/callback", "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** A GET with this browser's cookies and headers, redirects not followed. */
    public Page open(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    /** A GET of a page's subresource as it comes over the wire (compressed if the server compresses): its bytes. */
    public HttpResponse<byte[]> fetch(String url) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET().header("Accept-Encoding", "gzip, deflate, br");
        return http.send(withCookiesAndHeaders(b).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Page send(HttpRequest.Builder b, String url) throws Exception {
        HttpResponse<String> r = http.send(withCookiesAndHeaders(b).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new Page(url, r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
    }

    private HttpRequest.Builder withCookiesAndHeaders(HttpRequest.Builder b) {
        headers.forEach(b::header);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A response of Keycloak: its address, status, redirect and text. */
    public record Page(String uri, int status, String location, String body) {
        public boolean has(String text) {
            return body.contains(text);
        }

        public String input(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            assertTrue(m.find(), "no input " + name + ":\n" + summary());
            return m.group(1).replace("&amp;", "&");
        }

        /** The address of the link with this id, made absolute. */
        public String link(String id) {
            Matcher m = Pattern.compile("<a[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>|<a[^>]*href=\"[^\"]*\"[^>]*id=\"" + Pattern.quote(id) + "\"").matcher(body);
            assertTrue(m.find(), "no link #" + id + ":\n" + summary());
            Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(m.group());
            assertTrue(href.find(), m.group());
            return URI.create(uri).resolve(href.group(1).replace("&amp;", "&")).toString();
        }

        public String summary() {
            Matcher title = Pattern.compile("id=\"kc-page-title\"[^>]*>\\s*([^<]*)").matcher(body);
            return status + " " + (location != null ? "→ " + location : "") + " " + (title.find() ? title.group(1).trim() : "")
                    + (body.length() > 1500 ? body.substring(0, 1500) : body);
        }
    }
}
