package vn.doithoai.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.followup.Notifications;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * docs/integration.md tells integrators what to type: every {@code sh} block of it, in order, in one shell, against the
 * running application, as the demo partner. The block that gets the token from Keycloak is left out here (the tests'
 * tokens are signed by the test issuer): the shell starts with the partner's token in TOKEN instead. The end-to-end tests
 * run the whole guide, those blocks included, against the stack with the real Keycloak (frontend/partner-client). A block fails the test when a command fails: the guide's own checks ({@code test}, {@code jq -e})
 * say what the reader should see. The people's tokens of the webhook walk-through (administrator, office, chair) come the
 * same way, and the test runs the outbox while the guide's receiver waits.
 */
@QuarkusTest
class IntegrationGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "integration.md");

    @TestHTTPResource("/")
    URL app;

    @Inject
    Notifications outbox;

    @Test
    void theGuidesExamplesWorkAgainstTheRunningApplication() throws Exception {
        // A plan of the demo partner's body that takes feedback: the guide sends into the newest published one.
        long plan = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại theo hướng dẫn tích hợp", "74", "Tích hợp",
                List.of("Hạ tầng")).getLong("id");
        TestPlans.publish(plan);
        // A dialogue already held, in which the guide's office issues a ruling for the partner's webhook to hear of.
        long held = TestPlans.create(TestClock.today().minusDays(3), "Đối thoại đã tổ chức theo hướng dẫn", "74", "Tích hợp",
                List.of("Hạ tầng")).getLong("id");
        TestPlans.publish(held);
        TestPlans.act(TestTokens.vanphong(), held, "HOLD");

        List<String> blocks = blocks(Files.readString(GUIDE, StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= 5, "the guide's examples: " + blocks.size());
        String script = "set -euo pipefail\n" + String.join("\n", blocks) + "\n";
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        shell.environment().put("API", app.toString().replaceAll("/$", ""));
        shell.environment().put("TOKEN", TestTokens.integration());
        shell.environment().put("ADMIN_TOKEN", TestTokens.quantri());
        shell.environment().put("OFFICE_TOKEN", TestTokens.vanphong());
        shell.environment().put("CHAIR_TOKEN", TestTokens.bithu());
        Process run = shell.start();
        // The outbox's run, every minute in the application, is the test's to make (the scheduler is off in tests):
        // made again and again while the guide's receiver waits for its delivery.
        Thread outboxRuns = Thread.ofVirtual().start(() -> {
            while (run.isAlive()) {
                try {
                    outbox.dispatch();
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // A run that fails is tried again at the next one, as in the application.
                }
            }
        });
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(180, TimeUnit.SECONDS), output);
        outboxRuns.interrupt();
        assertEquals(0, run.exitValue(), "the guide's examples failed:\n" + output);
        assertTrue(output.contains("one item: "), output);
        assertTrue(output.contains("\"channel\": \"PARTNER\""), output);
        assertTrue(output.contains("signed by the subscription's secret"), output);
    }

    /** The {@code sh} blocks, without the one that gets a token from Keycloak ({@code sh token}). */
    static List<String> blocks(String markdown) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        boolean skip = false;
        for (String line : markdown.split("\n", -1)) {
            if (block == null && line.startsWith("```sh")) {
                block = new StringBuilder();
                skip = line.strip().equals("```sh token");
            } else if (block != null && line.startsWith("```")) {
                if (!skip) {
                    blocks.add(block.toString());
                }
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
