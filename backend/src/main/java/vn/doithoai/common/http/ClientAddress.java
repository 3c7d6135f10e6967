package vn.doithoai.common.http;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who is calling, for the per-client limits on public endpoints: the one place that turns a request into the key a
 * client is counted under.
 * <p>
 * The address is the peer of the connection, or the one the trusted proxy (the frontend's nginx) names in
 * X-Forwarded-For: Quarkus takes the header only from the addresses in {@code quarkus.http.proxy.trusted-proxies},
 * so a client that talks to the backend directly cannot pick its own. An IPv4 address is one client; an IPv6
 * address counts for its whole /64, since a home router or a phone is given a /64 and may use any address in it.
 * An IPv4 address written as IPv6 (::ffff:203.0.113.7) is that IPv4 address.
 */
public final class ClientAddress {

    /** The key of whatever is not an IP address: such requests share one allowance. */
    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** The key this request's client is counted under: "203.0.113.7" or "2001:db8:1:2::/64". */
    public static String of(HttpServerRequest http) {
        SocketAddress peer = http.remoteAddress();
        if (peer == null) {
            return UNKNOWN;
        }
        return key(peer.hostAddress() != null ? peer.hostAddress() : peer.host());
    }

    /** The key for a textual address, IPv4 or IPv6 (brackets and a zone allowed); never a name lookup. */
    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        // Netty parses literals only: a name is refused rather than looked up.
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
        if (bytes == null) {
            return UNKNOWN;
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] };
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static boolean isIpv4Mapped(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
    }
}
