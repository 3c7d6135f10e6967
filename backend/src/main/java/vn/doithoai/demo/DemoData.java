package vn.doithoai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.doithoai.feedback.FeedbackDemoData;
import vn.doithoai.followup.FollowUpDemoData;
import vn.doithoai.minutes.MinutesDemoData;
import vn.doithoai.notice.NoticeDemoData;
import vn.doithoai.participant.ParticipantDemoData;
import vn.doithoai.plan.PlanDemoData;
import vn.doithoai.ruling.RulingDemoData;
import vn.doithoai.session.SessionDemoData;

/**
 * Loads the Ba Đồn demo data for `make run` and the tests (DOITHOAI_DEMO_DATA=true); a production install
 * leaves it off and starts empty. Each step is applied once, in order, each in its own transaction with its
 * row in {@code demo_data_applied}, so restarts keep whatever users changed.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /**
     * In order; never edit a step that has shipped. Steps not ending in .sql are Java loaders. A new step goes where a
     * fresh database needs it (the 2025 org tree before the plans that belong to its bodies), and must also apply to a
     * database that has the later steps already: an existing one applies whatever it lacks, in this order.
     */
    static final List<String> SCRIPTS = List.of("demo/001_ba_don_org_units.sql", "demo/002_quang_tri_2025.sql", "plans-v1", "participants-v1", "feedback-v1", "feedback-v2",
            "plans-v2", "feedback-v3", "session-v1", "minutes-v1", "rulings-v1", "notice-v1",
            "followup-v1", "bodies-v1-plans", "bodies-v1-feedback", "bodies-v1-rulings",
            "demo/003_consents.sql");

    @Inject
    DataSource dataSource;

    @Inject
    PlanDemoData plans;

    @Inject
    ParticipantDemoData participants;

    @Inject
    FeedbackDemoData feedback;

    @Inject
    SessionDemoData session;

    @Inject
    MinutesDemoData minutes;

    @Inject
    RulingDemoData rulings;

    @Inject
    NoticeDemoData notice;

    @Inject
    FollowUpDemoData followUp;

    @ConfigProperty(name = "doithoai.demo-data", defaultValue = "false")
    boolean enabled;

    // Runs after Flyway, which migrates at start before startup observers are notified.
    void load(@Observes StartupEvent event) throws SQLException, IOException {
        if (!enabled) {
            return;
        }
        // Usually everything is there already: one cheap query, and the start does not wait on the ORM.
        if (applied().containsAll(SCRIPTS)) {
            return;
        }
        for (String step : SCRIPTS) {
            if (step.endsWith(".sql")) {
                applySqlOnce(step);
            } else {
                switch (step) {
                    case "plans-v1" -> plans.loadOnce(step);
                    case "participants-v1" -> participants.loadOnce(step);
                    case "feedback-v1" -> feedback.loadOnce(step);
                    case "feedback-v2" -> feedback.loadMergesOnce(step);
                    case "plans-v2" -> plans.loadEarlierOnce(step);
                    case "feedback-v3" -> feedback.loadRaisedIn2021Once(step);
                    case "session-v1" -> session.loadOnce(step);
                    case "minutes-v1" -> minutes.loadOnce(step);
                    case "rulings-v1" -> rulings.loadOnce(step);
                    case "notice-v1" -> notice.loadOnce(step);
                    case "followup-v1" -> followUp.loadOnce(step);
                    case "bodies-v1-plans" -> plans.loadBodiesOnce(step);
                    case "bodies-v1-feedback" -> feedback.loadBodiesOnce(step);
                    case "bodies-v1-rulings" -> rulings.loadBodiesOnce(step);
                    default -> throw new IllegalStateException("no loader for demo step " + step);
                }
            }
        }
    }

    private java.util.Set<String> applied() throws SQLException {
        var scripts = new java.util.HashSet<String>();
        try (Connection connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("select script from demo_data_applied")) {
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
        }
        return scripts;
    }

    /** One script, its claim row and its statements in one transaction. */
    private void applySqlOnce(String script) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                applyOnce(connection, script);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void applyOnce(Connection connection, String script) throws SQLException, IOException {
        // Claiming the script's row first makes two instances starting together apply it once: the second
        // waits on the first one's row lock and then finds the row taken.
        try (var claim = connection.prepareStatement("insert ignore into demo_data_applied (script, applied_at) values (?, ?)")) {
            claim.setString(1, script);
            claim.setTimestamp(2, Timestamp.from(Instant.now()));
            if (claim.executeUpdate() == 0) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.execute(sql);
            }
        }
        LOG.infof("Demo data loaded: %s", script);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing demo script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits on semicolons at line ends; the demo scripts keep to that (no procedures, no ';' inside strings at EOL). */
    static List<String> statements(String script) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        return List.of(cleaned.toString().split(";\\s*\n")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
