package vn.doithoai.common.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How every file the API hands out is named to the browser. */
public final class Downloads {

    private Downloads() {
    }

    /** A download name that keeps Vietnamese letters (RFC 6266 filename*) with an ASCII fallback. */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
