package vn.doithoai.privacy.contact;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * An SMS provider reached over HTTP, described wholly by configuration, since each Vietnamese provider (brand-name SMS)
 * has its own API: the URL, one header carrying the credentials (e.g. {@code Authorization: Bearer …}) and a body
 * template in which {@code {to}} and {@code {text}} are replaced, escaped for the body's content type (JSON string
 * content, or form-urlencoded). Any answer other than 2xx is a failed send.
 */
final class HttpSmsGateway implements SmsGateway {

    private final URI url;
    private final Optional<String> authHeader;
    private final String bodyTemplate;
    private final String contentType;
    private final Duration timeout;
    private final HttpClient client;

    HttpSmsGateway(URI url, Optional<String> authHeader, String bodyTemplate, String contentType, Duration timeout) {
        this.url = url;
        this.authHeader = authHeader.filter(h -> !h.isBlank());
        this.bodyTemplate = bodyTemplate;
        this.contentType = contentType;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.authHeader.ifPresent(h -> {
            if (h.indexOf(':') < 1) {
                throw new IllegalArgumentException("doithoai.sms.http.auth-header is \"Name: value\"");
            }
        });
    }

    @Override
    public void send(String to, String text) {
        var request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body(to, text), StandardCharsets.UTF_8));
        authHeader.ifPresent(h -> {
            int colon = h.indexOf(':');
            request.header(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
        });
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("SMS provider not reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("SMS send interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new IllegalStateException("SMS provider answered " + response.statusCode() + ": "
                    + (answer.length() > 200 ? answer.substring(0, 200) : answer));
        }
    }

    String body(String to, String text) {
        return bodyTemplate.replace("{to}", escape(to)).replace("{text}", escape(text));
    }

    private String escape(String value) {
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        if (contentType.contains("json")) {
            StringBuilder out = new StringBuilder();
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
        return value;
    }
}
