package vn.doithoai.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed, as docs/integration.md tells partners: {@code X-DoiThoai-Signature: sha256=<hex>}, the
 * HMAC-SHA256 with the subscription's secret of {@code <X-DoiThoai-Timestamp>.<body>} (the timestamp in Unix seconds,
 * a dot, the exact bytes of the body). Signing the timestamp with the body lets a partner refuse an old delivery
 * replayed by someone who caught it (say, older than five minutes), which a signature of the body alone would not.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-DoiThoai-Signature";
    public static final String TIMESTAMP_HEADER = "X-DoiThoai-Timestamp";
    public static final String DELIVERY_HEADER = "X-DoiThoai-Delivery";
    static final String SCHEME = "sha256=";

    private WebhookSignature() {
    }

    /** The header's value for this body sent at this timestamp. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a partner does on receipt: the signature matches (compared in constant time). */
    public static boolean verify(String secret, long timestamp, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }
}
