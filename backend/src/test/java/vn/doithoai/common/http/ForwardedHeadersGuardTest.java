package vn.doithoai.common.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ForwardedHeadersGuardTest {

    @Test
    void forwardingWithoutANamedProxyDoesNotStart() {
        var e = assertThrows(IllegalStateException.class, () -> ForwardedHeadersGuard.check(true, Optional.empty()));
        assertTrue(e.getMessage().contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ForwardedHeadersGuard.check(true, Optional.of(" ")));
    }

    @Test
    void forwardingFromANamedProxyOrNoForwardingStarts() {
        assertDoesNotThrow(() -> ForwardedHeadersGuard.check(true, Optional.of("172.30.57.10")));
        assertDoesNotThrow(() -> ForwardedHeadersGuard.check(false, Optional.empty()));
    }
}
