package vn.doithoai.common.http;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.Allowance;
import vn.doithoai.testsupport.Peers;

/**
 * Which client a request is counted for, straight to the backend. The test profile trusts the loopback proxy
 * (127.0.0.1, as nginx connects in LimitsBehindTheProxyTest) to name the client in X-Forwarded-For; any other peer is
 * counted by its own address whatever it claims. IPv6 clients are counted by their /64: one household or phone
 * holds a whole /64 and can pick any address in it.
 */
@QuarkusTest
class ForwardedAddressTest {

    private static final int LOOKUPS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static ValidatableResponse track(RequestSpecification request, String forwardedFor) {
        return request.header("X-Forwarded-For", forwardedFor).get("/api/v1/feedback/track/DT-2099-ZZZZZ").then();
    }

    private static String hex() {
        return Integer.toHexString(1 + RANDOM.nextInt(0xfffe));
    }

    @Test
    void everyAddressOfOneSlash64SharesOneAllowance() {
        String prefix = "2001:db8:" + hex() + ":" + hex();
        Allowance.exhaust(LOOKUPS, 404, i -> track(given(), prefix + ":" + hex() + ":" + hex() + ":" + hex() + ":" + hex()));
        track(given(), prefix + "::1").statusCode(429);
        track(given(), "[" + prefix + ":ffff:ffff:ffff:ffff]:4711").statusCode(429);
        // The next /64 is another client.
        String next = "2001:db8:" + hex() + ":" + hex();
        track(given(), next + "::1").statusCode(404);
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheSameClient() {
        String v4 = "203.0." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
        Allowance.exhaust(LOOKUPS, 404, i -> track(given(), i % 2 == 0 ? "::ffff:" + v4 : v4));
        track(given(), v4).statusCode(429);
        track(given(), "::ffff:" + v4).statusCode(429);
    }

    @Test
    void aPeerThatIsNotTheProxyCannotNameItsAddress() {
        String peer = Peers.freshLoopback();
        Allowance.exhaust(LOOKUPS, 404, i -> track(Peers.from(peer), "198.51.100." + (i + 1)));
        track(Peers.from(peer), "198.51.100.200").statusCode(429);
        track(Peers.from(peer), "2001:db8::" + hex()).statusCode(429);
    }
}
