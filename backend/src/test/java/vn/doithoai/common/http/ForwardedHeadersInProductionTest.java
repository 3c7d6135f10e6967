package vn.doithoai.common.http;

import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.Allowance;
import vn.doithoai.testsupport.Peers;

/**
 * The forwarding settings of docker-compose.yml: forwarded headers on, trusted from the frontend container's address
 * only. A client that reaches the backend some other way (a published port, another container) is counted by its own
 * address, whatever X-Forwarded-For it sends.
 */
@QuarkusTest
@TestProfile(ForwardedHeadersInProductionTest.AsInCompose.class)
class ForwardedHeadersInProductionTest {

    public static class AsInCompose implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "172.30.57.10");
        }
    }

    private static ValidatableResponse track(String peer, String forwardedFor) {
        return Peers.from(peer).header("X-Forwarded-For", forwardedFor).get("/api/v1/feedback/track/DT-2099-ZZZZZ").then();
    }

    @Test
    void aClientThatIsNotTheProxyIsCountedByItsOwnAddress() {
        String peer = Peers.freshLoopback();
        Allowance.exhaust(30, 404, i -> track(peer, "198.51.100." + (i + 1) + ", 172.30.57.10")).body("status", is(429));
        track(peer, "203.0.113.99").statusCode(429).body("status", is(429));
        // Each peer has its own allowance.
        track(Peers.freshLoopback(), "198.51.100.1").statusCode(404);
    }
}
