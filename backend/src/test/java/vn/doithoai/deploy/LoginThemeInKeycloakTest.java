package vn.doithoai.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.doithoai.testsupport.KeycloakBrowser;
import vn.doithoai.testsupport.KeycloakBrowser.Page;
import vn.doithoai.testsupport.PrivateKeycloak;
import vn.doithoai.testsupport.SmtpSink;

/**
 * Our login theme (keycloak/themes/doithoai) in the real Keycloak with the dev realm: the login page a cheap phone
 * downloads, every subresource included, stays under 100 kB; it speaks Vietnamese unless the user asks for English; and
 * "Quên mật khẩu" sends a real mail (to an {@link SmtpSink} on a free port) whose link sets a new password on the
 * theme's own page, after which the user logs in with it.
 *
 * <p>Tagged "keycloak": run by {@code scripts/test.sh keycloak}. By hand: {@code ./mvnw test
 * -Dtest=LoginThemeInKeycloakTest -Dkeycloak.exclude=none -Dgroups=keycloak}.
 */
@Tag("keycloak")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThemeInKeycloakTest {

    private static final String REALM = "doithoai";
    /** The dev realm's app address: its callback is never reached, the code is read from the redirect. */
    private static final String APP = "http://localhost:5173";
    private static final int BUDGET_BYTES = 100 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String forgetful = "quenmatkhau-" + UUID.randomUUID().toString().substring(0, 8);
    private final String forgetfulEmail = forgetful + "@doithoai.test";
    private SmtpSink mail;
    private PrivateKeycloak keycloak;

    @BeforeAll
    void startKeycloakWithTheDevRealm() throws Exception {
        mail = new SmtpSink();
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(
                PrivateKeycloak.repositoryRoot().resolve("keycloak/realm-doithoai.json"), StandardCharsets.UTF_8));
        ((ObjectNode) realm.path("smtpServer")).put("host", "127.0.0.1").put("port", Integer.toString(mail.port()));
        // A citizen of this run who forgets the password, so no demo user's password changes.
        ObjectNode user = ((ArrayNode) realm.path("users")).addObject();
        user.put("username", forgetful).put("enabled", true).put("emailVerified", true).put("email", forgetfulEmail)
                .put("firstName", "Trần Thị").put("lastName", "Hoa");
        user.putArray("credentials").addObject().put("type", "password").put("value", "demo").put("temporary", false);
        user.putArray("realmRoles").add("citizen");
        keycloak = PrivateKeycloak.start("login-theme", REALM, JSON.writeValueAsString(realm), Map.of());
    }

    /** Keycloak's log stays for reading after a failure: backend/target/keycloak-login-theme.log. */
    @AfterAll
    void stopKeycloak() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    void theLoginPageWithEverythingItLoadsWeighsUnder100kBAndIsOurOwn() throws Exception {
        KeycloakBrowser browser = browser();
        Page login = browser.authorize("openid");
        assertEquals(200, login.status(), login.summary());
        // Keycloak's form ids stay, so every end-to-end test still logs in.
        for (String id : List.of("id=\"username\"", "id=\"password\"", "id=\"kc-login\"", "id=\"kc-form-login\"")) {
            assertTrue(login.has(id), id + " on the login page:\n" + login.summary());
        }
        assertFalse(login.body().toLowerCase().contains("patternfly"), "no PatternFly on our page");
        assertFalse(login.has("<script"), "the login page needs no script");
        assertTrue(login.has("login/doithoai/css/login.css"), "our own style sheet:\n" + login.summary());

        long total = login.body().getBytes(StandardCharsets.UTF_8).length;
        List<String> loaded = new ArrayList<>();
        for (String url : subresources(login.uri(), login.body())) {
            HttpResponse<byte[]> r = browser.fetch(url);
            assertEquals(200, r.statusCode(), url);
            total += r.body().length;
            loaded.add(url + " " + r.body().length + " B");
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/css")) {
                for (String inCss : cssReferences(url, new String(r.body(), StandardCharsets.UTF_8))) {
                    HttpResponse<byte[]> c = browser.fetch(inCss);
                    assertEquals(200, c.statusCode(), inCss);
                    total += c.body().length;
                    loaded.add(inCss + " " + c.body().length + " B");
                }
            }
        }
        assertFalse(loaded.isEmpty(), "the page loads its style sheet");
        System.out.println("Login page: " + total + " bytes in all: the page " + login.body().getBytes(StandardCharsets.UTF_8).length
                + " B, " + loaded);
        assertTrue(total < BUDGET_BYTES, "the login page and what it loads weigh " + total + " bytes: " + loaded);
    }

    @Test
    void theLoginPageSpeaksVietnameseUnlessTheUserAsksForEnglish() throws Exception {
        Page vietnamese = browser().authorize("openid");
        assertTrue(vietnamese.has("<html lang=\"vi\""), vietnamese.summary());
        assertTrue(vietnamese.has("Đăng nhập") && vietnamese.has("Mật khẩu") && vietnamese.has("Quên mật khẩu"), vietnamese.summary());
        assertTrue(vietnamese.has(">English</a>"), "a link to the English page:\n" + vietnamese.summary());

        Page asked = browser().authorize("openid", Map.of("ui_locales", "en"));
        assertTrue(asked.has("<html lang=\"en\""), asked.summary());
        assertTrue(asked.has("Sign in") && asked.has("Forgot password?") && !asked.has("Mật khẩu"), asked.summary());

        Page browserLanguage = browser().header("Accept-Language", "en-GB,en;q=0.9").authorize("openid");
        assertTrue(browserLanguage.has("<html lang=\"en\""), browserLanguage.summary());
        assertTrue(browserLanguage.has("Sign in") && browserLanguage.has(">Tiếng Việt</a>"), browserLanguage.summary());
    }

    @Test
    void aWrongPasswordIsSaidUnderTheFieldsAndTiedToThem() throws Exception {
        KeycloakBrowser browser = browser();
        Page wrong = browser.submit(browser.authorize("openid"), Map.of("username", "congdan", "password", "sai-mat-khau"));
        assertEquals(200, wrong.status(), wrong.summary());
        assertTrue(wrong.has("id=\"input-error\"") && wrong.has("Tên đăng nhập hoặc mật khẩu không đúng."), wrong.summary());
        Matcher described = Pattern.compile("<input id=\"password\"[^>]*aria-describedby=\"input-error\"").matcher(wrong.body());
        assertTrue(described.find(), "the error is tied to the password field:\n" + wrong.summary());
        assertTrue(wrong.has("aria-invalid=\"true\""), wrong.summary());
    }

    @Test
    void forgottenPasswordSendsAMailWhoseLinkSetsANewPasswordAndTheUserLogsInWithIt() throws Exception {
        KeycloakBrowser browser = browser();
        Page login = browser.authorize("openid");
        Page forgot = browser.open(login.link("kc-forgot-password"));
        assertEquals(200, forgot.status(), forgot.summary());
        assertTrue(forgot.has("id=\"kc-reset-password-form\"") && forgot.has("Quên mật khẩu"), forgot.summary());

        Page sent = browser.submit(forgot, Map.of("username", forgetfulEmail));
        assertTrue(sent.has("thư hướng dẫn đặt mật khẩu mới"), "the page says the mail is on its way:\n" + sent.summary());

        SmtpSink.Mail message = mail.awaitMailTo(forgetfulEmail, SmtpSink.MAIL_WAIT)
                .orElseThrow(() -> new AssertionError("Keycloak sent no reset mail to " + forgetfulEmail));
        String text = message.decoded();
        assertEquals("Đặt lại mật khẩu Đối Thoại", message.subject(), "the Vietnamese subject:\n" + message.data());
        assertTrue(text.contains("Có yêu cầu đặt lại mật khẩu cho tài khoản Đối Thoại của bạn"), "the Vietnamese text:\n" + text);
        String link = message.link(keycloak.base() + "/realms/" + REALM + "/login-actions/action-token")
                .orElseThrow(() -> new AssertionError("no reset link in:\n" + text));

        // The link opened in the same browser: the theme's page for a new password.
        Page update = browser.follow(browser.open(link));
        if (update.has("id=\"kc-info-message\"")) {
            update = browser.follow(browser.open(update.link("kc-proceed")));
        }
        assertTrue(update.has("id=\"kc-passwd-update-form\"") && update.has("Đặt mật khẩu mới"), update.summary());
        assertTrue(update.has("login/doithoai/css/login.css"), "our theme's page:\n" + update.summary());

        Page mismatch = browser.submit(update, Map.of("password-new", "mat-khau-moi-2026", "password-confirm", "khac-hoan-toan"));
        assertTrue(mismatch.has("Hai mật khẩu không giống nhau."), mismatch.summary());
        assertTrue(Pattern.compile("<input[^>]*id=\"password-confirm\"[^>]*aria-describedby=\"input-error-password-confirm\"")
                .matcher(mismatch.body()).find(), "the error is tied to its field:\n" + mismatch.summary());

        Page done = browser.submit(mismatch, Map.of("password-new", "mat-khau-moi-2026", "password-confirm", "mat-khau-moi-2026"));
        assertNotNull(browser.tokens(done).path("access_token").asText(null), "the reset ends logged in to the app");

        // Another browser: the old password no longer works, the new one does.
        KeycloakBrowser other = browser();
        Page old = other.submit(other.authorize("openid"), Map.of("username", forgetful, "password", "demo"));
        assertTrue(old.location() == null && old.has("id=\"input-error\""), "the old password is refused:\n" + old.summary());
        KeycloakBrowser third = browser();
        Page in = third.logIn(forgetful, "mat-khau-moi-2026");
        assertNotNull(third.tokens(in).path("access_token").asText(null), "the new password logs in:\n" + in.summary());
    }

    private KeycloakBrowser browser() {
        return new KeycloakBrowser(keycloak.base(), REALM, APP);
    }

    /** What a browser loads for the page: style sheets, scripts, images and icons that are not inline data. */
    private static Set<String> subresources(String pageUrl, String html) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<(?:link|script|img|source)\\b[^>]*\\b(?:href|src)=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            String ref = m.group(1).replace("&amp;", "&");
            if (!ref.startsWith("data:")) {
                urls.add(URI.create(pageUrl).resolve(ref).toString());
            }
        }
        return urls;
    }

    /** Fonts, images and imported sheets a style sheet loads. */
    private static Set<String> cssReferences(String cssUrl, String css) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")]+)").matcher(css);
        while (m.find()) {
            if (!m.group(1).startsWith("data:")) {
                urls.add(URI.create(cssUrl).resolve(m.group(1)).toString());
            }
        }
        return urls;
    }
}
