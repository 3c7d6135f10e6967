package vn.doithoai.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What a person could read in a file the API returned: its text (with document properties, link targets and
 * comments) and the content of every QR code in it. {@link #contains} is deliberately lenient, so that a
 * personal-data marker is found however the file wraps, cases or composes it: a name split over two lines of a
 * table cell, upper-cased in a heading ("Ý KIẾN 1: NGUYỄN …") or written with decomposed diacritics still counts.
 *
 * @param contentType the type the file was read as
 * @param text all the text, in reading order as far as the format gives one
 * @param qrCodes the decoded content of each QR code found (in pictures, vector drawings or SVG paths)
 * @param unread parts of the file that could not be read (an image format, a drawing operator): a reader that
 *        skipped something says so, so a test can refuse to call a file clean when it did not read all of it
 */
public record FileText(String contentType, String text, List<String> qrCodes, List<String> unread) {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String SPACE = "(?U)[\\s\\u200B\\u200C\\u200D\\u2060\\uFEFF]+";

    public FileText {
        qrCodes = List.copyOf(qrCodes);
        unread = List.copyOf(unread);
    }

    /** The marker is in the text or in a QR code, ignoring case, white space and Unicode composition. */
    public boolean contains(String marker) {
        return textContains(marker) || qrContains(marker);
    }

    /** The marker is in the text, ignoring case, white space (line breaks included) and Unicode composition. */
    public boolean textContains(String marker) {
        return squash(text).contains(squash(marker));
    }

    /** The marker is in a QR code's content, as it stands or URL-decoded. */
    public boolean qrContains(String marker) {
        String wanted = squash(marker);
        return qrCodes.stream().anyMatch(q -> squash(q).contains(wanted) || squash(urlDecoded(q)).contains(wanted));
    }

    /** The text with every run of white space made one space, for messages and exact phrases. */
    public String flatText() {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll(SPACE, " ").strip();
    }

    @Override
    public String toString() {
        return contentType + ": " + flatText() + (qrCodes.isEmpty() ? "" : "\nQR: " + qrCodes) + (unread.isEmpty() ? "" : "\nunread: " + unread);
    }

    /** NFC, lower case in Vietnamese, no white space at all (no-break and zero-width spaces included). */
    static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(VI).replaceAll(SPACE, "");
    }

    private static String urlDecoded(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
