package vn.doithoai.testsupport;

import static io.restassured.RestAssured.given;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;

import org.apache.http.conn.params.ConnRoutePNames;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Requests from a real peer address of the test's choosing. Linux answers for the whole of 127.0.0.0/8 on loopback,
 * so a test can connect from 127.a.b.c: the server (or nginx) sees that address on the socket, exactly as it would
 * see a citizen's, and no header is involved. Each test takes a fresh one, so limits counted per client never
 * leak from one test into another (the counters live in the database for the whole run).
 */
public final class Peers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Peers() {
    }

    /** An address of 127.0.0.0/8 that no other test uses (never 127.0.0.1, the default client and the proxy). */
    public static String freshLoopback() {
        return "127." + (1 + RANDOM.nextInt(254)) + "." + RANDOM.nextInt(256) + "." + (2 + RANDOM.nextInt(253));
    }

    /** A request whose connection starts from {@code address}. */
    public static RequestSpecification from(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            return given().config(RestAssured.config()
                    .httpClient(HttpClientConfig.httpClientConfig().setParam(ConnRoutePNames.LOCAL_ADDRESS, local)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
