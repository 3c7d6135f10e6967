package vn.doithoai.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.doithoai.testsupport.Nginx;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * A published plan outside the app: its preview when a citizen shares the link on Zalo or Facebook (whose crawlers read
 * tags, not scripts), its session in a calendar, and the public pages for search engines, as the backend writes them
 * and as they come through the production nginx.
 */
@QuarkusTest
class PlanSharingTest {

    private static final String TRICKY_TITLE = "Đối thoại \"đất đai\" <b>&</b> 'nhà ở', phường; Ba Đồn\\";
    private static final String TRICKY_VENUE = "Hội trường UBND, tầng 2; số 1 \"Quang Trung\"";

    private static Nginx nginx;

    @BeforeEach
    void startProxy() {
        if (nginx == null) {
            nginx = Nginx.inFrontOf(RestAssured.port);
        }
    }

    @AfterAll
    static void stopProxy() {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    private static long publishedPlan(LocalDate session) {
        long id = TestPlans.create(TestTokens.vanphong(), "town-2022", "TOWN", "thi-uy", "KH/ThU", TRICKY_VENUE, session, TRICKY_TITLE,
                "77", "Đất đai", List.of("Đất đai")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    private static String titleOf(long id) {
        return given().get("/api/v1/public/plans/" + id).then().statusCode(200).extract().path("title");
    }

    @Test
    void theCalendarEventReadsBackAsTheSessionWithItsTextsEscaped() {
        LocalDate session = TestClock.today().plusDays(23);
        long id = publishedPlan(session);
        var response = given().get("/api/v1/public/plans/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Content-Disposition", containsString("doi-thoai-" + id + ".ics"))
                .extract();
        byte[] bytes = response.asByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(ics.endsWith("\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        Map<String, String> event = parseEvent(ics);
        // 8:00 in Vietnam is 01:00 UTC; two hours long.
        String day = session.toString().replace("-", "");
        assertEquals(day + "T010000Z", event.get("DTSTART"));
        assertEquals(day + "T030000Z", event.get("DTEND"));
        assertEquals(titleOf(id), event.get("SUMMARY"));
        assertEquals(TRICKY_VENUE, event.get("LOCATION"));
        assertEquals("ke-hoach-" + id + "@localhost", event.get("UID"));
        assertEquals("http://localhost:5173/ke-hoach/" + id, event.get("URL"));
        assertTrue(event.get("DESCRIPTION").endsWith("\nhttp://localhost:5173/ke-hoach/" + id), event.get("DESCRIPTION"));
        assertTrue(event.containsKey("DTSTAMP"));
        // The same event every time it is asked for: a calendar that imports it twice keeps one.
        assertEquals(ics, given().get("/api/v1/public/plans/" + id + "/calendar.ics").then().extract().asString());
    }

    @Test
    void aPlanNotPublishedHasNoCalendarNorPreview() {
        long draft = TestPlans.create(TestClock.today().plusDays(30), "Kế hoạch nháp", "78", "Đất đai", List.of("Đất đai")).getLong("id");
        given().get("/api/v1/public/plans/" + draft + "/calendar.ics").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("Accept", "text/html").get("/api/v1/public/plans/" + draft + "/share-page").then().statusCode(404);
        given().header("Accept-Language", "en").get("/api/v1/public/plans/" + draft + "/calendar.ics").then().statusCode(404)
                .body("detail", is("No plan number " + draft + "."));
    }

    @Test
    void thePreviewCarriesThePlansTagsEscaped() {
        long id = publishedPlan(TestClock.today().plusDays(10));
        String html = given().get("/api/v1/public/plans/" + id + "/share-page").then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        assertPreview(html, id);
    }

    @Test
    void throughNginxPreviewCrawlersGetTheTagsAndPeopleTheApp() {
        long id = publishedPlan(TestClock.today().plusDays(12));
        for (String crawler : List.of("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 (compatible; Zalo/1.0; +https://zalo.me)", "Twitterbot/1.0")) {
            String html = viaProxy().header("User-Agent", crawler).get("/ke-hoach/" + id).then().statusCode(200)
                    .contentType(startsWith("text/html")).extract().asString();
            assertPreview(html, id);
        }
        // A citizen's phone gets the app itself (the test's index.html), which draws the page.
        viaProxy().header("User-Agent", "Mozilla/5.0 (Linux; Android 13) Chrome/120 Mobile").get("/ke-hoach/" + id).then().statusCode(200)
                .body(is("<!doctype html><title>Đối Thoại</title>")).header("Content-Security-Policy", containsString("default-src 'self'"));
        // Only a plan's own page: the registration form under it is the app's for crawlers too.
        viaProxy().header("User-Agent", "facebookexternalhit/1.1").get("/ke-hoach/" + id + "/dang-ky").then().statusCode(200)
                .body(is("<!doctype html><title>Đối Thoại</title>"));
        // robots.txt and the sitemap, at the site's root.
        viaProxy().get("/robots.txt").then().statusCode(200).contentType(startsWith("text/plain"))
                .body(containsString("Sitemap: http://localhost:5173/sitemap.xml"));
        viaProxy().get("/sitemap.xml").then().statusCode(200).contentType(startsWith("application/xml"))
                .body(containsString("<loc>http://localhost:5173/ke-hoach/" + id + "</loc>"));
    }

    @Test
    void theSitemapListsPublishedPlansOnlyAndRobotsPointsToIt() {
        long published = publishedPlan(TestClock.today().plusDays(15));
        // Another body's plan still in the making, and this body's own draft: neither exists for the public.
        long otherBodysDraft = TestPlans.createInBacGianh(TestClock.today().plusDays(15), "Kế hoạch riêng", "79", "Đất đai",
                List.of("Đất đai")).getLong("id");
        long ownDraft = TestPlans.create(TestClock.today().plusDays(15), "Kế hoạch nháp", "78", "Đất đai", List.of("Đất đai")).getLong("id");
        String xml = given().get("/api/v1/public/sitemap.xml").then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asString();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), xml);
        assertTrue(xml.contains("<url><loc>http://localhost:5173/</loc></url>"), xml);
        assertTrue(xml.contains("<url><loc>http://localhost:5173/giai-trinh</loc></url>"), xml);
        assertTrue(Pattern.compile("<url><loc>http://localhost:5173/ke-hoach/" + published
                + "</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z</lastmod></url>").matcher(xml).find(), xml);
        assertFalse(xml.contains("/ke-hoach/" + otherBodysDraft + "<"), "another body's draft");
        assertFalse(xml.contains("/ke-hoach/" + ownDraft + "<"), "a draft");

        String robots = given().get("/api/v1/public/robots.txt").then().statusCode(200).contentType(startsWith("text/plain"))
                .body(not(containsString("Disallow: /\n"))).extract().asString();
        assertTrue(robots.contains("User-agent: *\n"), robots);
        assertTrue(robots.contains("Disallow: /api/\n"), robots);
        assertTrue(robots.contains("Disallow: /xac-nhan/\n"), "an invitee's confirmation page is opened by their token");
        assertTrue(robots.contains("Disallow: /tra-cuu/\n"), "a sender's tracking code is theirs");
        assertTrue(robots.contains("Sitemap: http://localhost:5173/sitemap.xml\n"), robots);
    }

    private static io.restassured.specification.RequestSpecification viaProxy() {
        return given().baseUri("http://127.0.0.1").port(nginx.port());
    }

    private static void assertPreview(String html, long id) {
        String title = titleOf(id);
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
        assertFalse(html.contains("<b>"), "the title's markup stays text");
        assertFalse(html.contains("\"đất đai\""), "the title's quotes do not end an attribute");
        Map<String, String> tags = metaTags(html);
        assertEquals(escaped, tags.get("og:title"));
        assertEquals(escaped, tags.get("twitter:title"));
        assertEquals("http://localhost:5173/ke-hoach/" + id, tags.get("og:url"));
        assertEquals("summary", tags.get("twitter:card"));
        assertEquals("vi_VN", tags.get("og:locale"));
        String description = tags.get("og:description");
        String body = given().get("/api/v1/public/plans/" + id).then().extract().path("body.name");
        assertTrue(description.startsWith(body + " · "), description);
        assertTrue(description.contains("08:00 ngày"), description);
        assertTrue(description.contains("&quot;Quang Trung&quot;"), description);
        assertTrue(html.contains("<title>" + escaped + " — Đối Thoại</title>"), html);
    }

    /** Each meta tag's property (or name) and content, as a crawler reads them: the attribute values up to their quote. */
    private static Map<String, String> metaTags(String html) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<meta (?:property|name)=\"([^\"]+)\" content=\"([^\"]*)\">").matcher(html);
        while (m.find()) {
            tags.put(m.group(1), m.group(2));
        }
        return tags;
    }

    /** The VEVENT's properties, unfolded and unescaped (RFC 5545 3.1 and 3.3.11). */
    private static Map<String, String> parseEvent(String ics) {
        String unfolded = ics.replace("\r\n ", "");
        List<String> lines = new ArrayList<>(List.of(unfolded.split("\r\n")));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        Map<String, String> event = new LinkedHashMap<>();
        boolean in = false;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                in = true;
            } else if (line.equals("END:VEVENT")) {
                in = false;
            } else if (in) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
            }
        }
        return event;
    }

    private static String unescape(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                s.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertTrue(c != ',' && c != ';', "an unescaped " + c + " in " + value);
                s.append(c);
            }
        }
        return s.toString();
    }
}
