package vn.doithoai.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** How the tests' nginx renders frontend/nginx.conf: only the port, the web root and the image's variables change. */
class NginxTest {

    private static final Path ROOT = Path.of("/tmp/doithoai-nginx-root");

    @Test
    void theFrontendsConfigChangesOnlyInPortRootAndBackend() throws IOException {
        String template = Files.readString(Nginx.repositoryFile("frontend/nginx.conf"), StandardCharsets.UTF_8);
        String rendered = Nginx.render(template, Map.of("BACKEND_URL", "http://127.0.0.1:4321"), 5555, ROOT);
        assertTrue(rendered.contains("listen 127.0.0.1:5555;"), rendered);
        assertFalse(Pattern.compile("listen\\s+80\\b").matcher(rendered).find());
        assertTrue(rendered.contains("proxy_pass http://127.0.0.1:4321;"));
        assertTrue(rendered.contains("root " + ROOT + ";"));
        assertFalse(rendered.contains("${"));
        // Everything else as written, e.g. the headers the proxy sets.
        assertTrue(rendered.contains("proxy_set_header X-Forwarded-For $remote_addr;"));
    }

    @Test
    void eachServerBlockGetsOneListen() {
        String two = "server {\n    listen 80;\n    listen [::]:80;\n    root /a;\n}\nserver {\n    listen 80;\n    server_name sso;\n}\n";
        String rendered = Nginx.render(two, Map.of(), 5555, ROOT);
        assertEquals(2, rendered.split("listen 127.0.0.1:5555;", -1).length - 1, rendered);
        assertFalse(rendered.contains("[::]"), rendered);
    }

    @Test
    void aVariableTheTestDoesNotKnowIsNamed() {
        var e = assertThrows(AssertionError.class, () -> Nginx.render("server { listen 80; proxy_pass ${KEYCLOAK_URL}; }", Map.of(), 1, ROOT));
        assertTrue(e.getMessage().contains("KEYCLOAK_URL"), e.getMessage());
    }
}
