package vn.doithoai.privacy.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The body a provider is sent: the template with the number and the text escaped for its content type. */
class HttpSmsGatewayTest {

    private static final URI NOWHERE = URI.create("http://127.0.0.1:1/send");

    @Test
    void jsonTemplatesGetJsonStringContent() {
        var gateway = new HttpSmsGateway(NOWHERE, Optional.empty(), "{\"phone\":\"{to}\",\"message\":\"{text}\",\"brand\":\"DOITHOAI\"}",
                "application/json", Duration.ofSeconds(1));
        assertEquals("{\"phone\":\"0912345678\",\"message\":\"Ma \\\"123456\\\"\\nhet\",\"brand\":\"DOITHOAI\"}",
                gateway.body("0912345678", "Ma \"123456\"\nhet"));
    }

    @Test
    void formTemplatesGetUrlEncodedValues() {
        var gateway = new HttpSmsGateway(NOWHERE, Optional.of("X-Api-Key: k"), "to={to}&msg={text}", "application/x-www-form-urlencoded",
                Duration.ofSeconds(1));
        assertEquals("to=0912345678&msg=Ma+xac+nhan%3A+123456+%26+het", gateway.body("0912345678", "Ma xac nhan: 123456 & het"));
    }

    @Test
    void aProviderThatCannotBeReachedIsAFailedSend() {
        var gateway = new HttpSmsGateway(NOWHERE, Optional.empty(), "{\"to\":\"{to}\"}", "application/json", Duration.ofSeconds(1));
        var failure = assertThrows(IllegalStateException.class, () -> gateway.send("0912345678", "x"));
        assertTrue(failure.getMessage().startsWith("SMS provider not reached"), failure.getMessage());
    }

    @Test
    void aCredentialsHeaderIsNameColonValue() {
        assertThrows(IllegalArgumentException.class, () -> new HttpSmsGateway(NOWHERE, Optional.of("Bearer abc"), "{}", "application/json",
                Duration.ofSeconds(1)));
    }
}
