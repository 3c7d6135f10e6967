package vn.doithoai.privacy.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of record the change audit follows, as the audit names it, with how to find the body it belongs to
 * (the SQL answers the body's id for the record's id). A record of a plan is its plan's body's; the installation's
 * settings (staff, partners, calendars) have no body here and are read by the installation's administrator only.
 */
public enum AuditedObject {
    Plan("SELECT body_id FROM plan WHERE id = ?1"),
    Feedback("SELECT body_id FROM feedback_item WHERE id = ?1"),
    FeedbackReport(ofPlan("feedback_report")),
    Participant(ofPlan("participation")),
    PendingRegistration(ofPlan("pending_registration")),
    /** Named by its plan's id: a plan has one session. */
    Session("SELECT body_id FROM plan WHERE id = ?1"),
    Minutes(ofPlan("minutes")),
    /** Named by its plan's id: a plan has one conclusion notice. */
    ConclusionNotice("SELECT body_id FROM plan WHERE id = ?1"),
    Ruling(ofPlan("ruling")),
    RulingProgress("SELECT p.body_id FROM ruling_progress x JOIN ruling r ON r.id = x.ruling_id JOIN plan p ON p.id = r.plan_id WHERE x.id = ?1"),
    OrgUnit("SELECT owner_body_id FROM org_unit WHERE code = ?1"),
    PlanTemplate("SELECT body_id FROM plan_template WHERE code = ?1"),
    Staff(null),
    Partner(null),
    WebhookSubscription(null),
    CalendarOverride(null);

    /** The body of a record, or null when only the installation's administrator reads its trail. */
    final String bodyQuery;

    AuditedObject(String bodyQuery) {
        this.bodyQuery = bodyQuery;
    }

    private static String ofPlan(String table) {
        return "SELECT p.body_id FROM " + table + " x JOIN plan p ON p.id = x.plan_id WHERE x.id = ?1";
    }

    static Optional<AuditedObject> named(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
}
