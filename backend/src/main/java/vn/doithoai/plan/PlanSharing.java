package vn.doithoai.plan;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.time.Clocks;

/**
 * What a published plan looks like outside the app: the preview a chat app or social network shows when a citizen
 * shares its link (Zalo and Facebook read the page's Open Graph tags without running scripts), the session as a
 * calendar event, and the public pages listed for search engines. Every address is absolute, under the installation's
 * public address ({@code doithoai.public-url}), as the ones printed on invitations are.
 */
@ApplicationScoped
public class PlanSharing {

    /** The office does not write down how long a dialogue lasts; half a day's morning is what they are usually given. */
    static final Duration SESSION_LENGTH = Duration.ofHours(2);
    /** A sitemap holds at most 50,000 addresses; the public pages besides plans take a few. */
    static final int SITEMAP_PLANS = 49_000;
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(Clocks.VIETNAM);
    /** The public pages that are not one plan's, as the SPA routes them. */
    private static final List<String> PUBLIC_PAGES = List.of("/", "/ke-hoach", "/giai-trinh", "/tra-cuu");

    @Inject
    PlanAccess access;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "doithoai.public-url", defaultValue = "http://localhost:5173")
    String publicUrl;

    String base() {
        return publicUrl.replaceFirst("/+$", "");
    }

    /** The address of a published plan's page, as citizens share it. */
    public String pageUrl(long planId) {
        return base() + "/ke-hoach/" + planId;
    }

    /**
     * The session as one event (RFC 5545), in UTC so that no calendar has to know Vietnam's zone. Its UID stays the same
     * when the office moves the session, so a calendar that imported it before updates the event instead of adding another.
     */
    public String calendar(long planId) {
        Plan plan = access.published(planId);
        if (plan.sessionAt() == null) {
            throw DomainException.notFound("plan.calendar.no-session", planId);
        }
        String url = pageUrl(planId);
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Doi Thoai//Lich doi thoai//VI");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:ke-hoach-" + planId + "@" + host());
        line(ics, "DTSTAMP:" + ICS_UTC.format(plan.updatedAt()));
        line(ics, "LAST-MODIFIED:" + ICS_UTC.format(plan.updatedAt()));
        line(ics, "DTSTART:" + ICS_UTC.format(plan.sessionAt()));
        line(ics, "DTEND:" + ICS_UTC.format(plan.sessionAt().plus(SESSION_LENGTH)));
        line(ics, "SUMMARY:" + icsText(plan.title()));
        if (plan.venue() != null && !plan.venue().isBlank()) {
            line(ics, "LOCATION:" + icsText(plan.venue()));
        }
        line(ics, "DESCRIPTION:" + icsText(plan.body().name() + "\n" + url));
        line(ics, "URL:" + url);
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * A page carrying a published plan's preview tags, for the crawlers of chat apps and social networks (nginx sends
     * them here; people get the app). Every text is the plan's own, escaped: titles hold quotes and angle brackets.
     */
    public String sharePage(long planId) {
        Plan plan = access.published(planId);
        String url = pageUrl(planId);
        String title = html(plan.title());
        String description = html(summary(plan));
        return """
                <!doctype html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <title>%1$s — Đối Thoại</title>
                <meta name="description" content="%2$s">
                <link rel="canonical" href="%3$s">
                <meta property="og:type" content="website">
                <meta property="og:site_name" content="Đối Thoại">
                <meta property="og:locale" content="vi_VN">
                <meta property="og:title" content="%1$s">
                <meta property="og:description" content="%2$s">
                <meta property="og:url" content="%3$s">
                <meta name="twitter:card" content="summary">
                <meta name="twitter:title" content="%1$s">
                <meta name="twitter:description" content="%2$s">
                </head>
                <body>
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p><a href="%3$s">Xem kế hoạch đối thoại</a></p>
                </body>
                </html>
                """.formatted(title, description, html(url));
    }

    /** Who holds the dialogue, when and where: what a citizen needs to decide from the preview alone. */
    static String summary(Plan plan) {
        StringBuilder s = new StringBuilder(plan.body().name());
        if (plan.sessionAt() != null) {
            s.append(" · ").append(DAY_AND_TIME.format(plan.sessionAt()));
        } else if (plan.plannedYearMonth() != null) {
            s.append(" · tháng ").append(plan.plannedYearMonth().getMonthValue()).append('/').append(plan.plannedYearMonth().getYear());
        }
        if (plan.venue() != null && !plan.venue().isBlank()) {
            s.append(" · ").append(plan.venue().strip());
        }
        return s.toString();
    }

    /** The public pages and every published plan's page (sitemaps.org), with when each plan last changed. */
    public String sitemap() {
        List<Object[]> rows = em.createQuery("select p.id, p.updatedAt from Plan p where p.status in :public order by p.id desc", Object[].class)
                .setParameter("public", PlanStatus.PUBLIC).setMaxResults(SITEMAP_PLANS).getResultList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : PUBLIC_PAGES) {
            xml.append("<url><loc>").append(html(base() + page)).append("</loc></url>\n");
        }
        for (Object[] row : rows) {
            xml.append("<url><loc>").append(html(pageUrl((Long) row[0]))).append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(((Instant) row[1]).truncatedTo(ChronoUnit.SECONDS)))
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /**
     * The public pages are for everyone; the API, the login callback, and the pages opened by a personal token or
     * tracking code (an invitee's confirmation, a sender's tracking) are not for search engines.
     */
    public String robots() {
        return """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /auth/
                Disallow: /xac-nhan/
                Disallow: /tra-cuu/
                Sitemap: %s/sitemap.xml
                """.formatted(base());
    }

    private String host() {
        String host = URI.create(base()).getHost();
        return host == null ? "doithoai" : host;
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped. */
    static String icsText(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** RFC 5545 3.1: lines end in CRLF and are folded at 75 octets, never inside a character's UTF-8 bytes. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
