package vn.doithoai.feedback;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.plan.Plan;

/**
 * An organisation's report holding many items (báo cáo tổng hợp ý kiến of the Fatherland Front, a mass organisation
 * or a ward). Written once with all its items; the items then live on as ordinary feedback items.
 */
@Entity
@Table(name = "feedback_report")
public class FeedbackReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    Plan plan;

    /** As the report names its sender: "Ủy ban MTTQ Việt Nam thị xã Ba Đồn". */
    @Column(nullable = false, updatable = false)
    String organisation;

    /** The sender when it is one of our org units. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_unit_id", updatable = false)
    OrgUnit organisationUnit;

    /** The report's own number and symbol, e.g. 12/BC-MTTQ. */
    @Column(length = 100, updatable = false)
    String reference;

    @Column(name = "report_date", updatable = false)
    LocalDate reportDate;

    @Column(name = "received_on", nullable = false, updatable = false)
    LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    FeedbackChannel channel;

    @Column(name = "source_file_name", updatable = false)
    String sourceFileName;

    @Column(name = "item_count", nullable = false, updatable = false)
    int itemCount;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected FeedbackReport() {
    }

    FeedbackReport(Plan plan, String organisation, FeedbackChannel channel, String createdBy, Instant now) {
        this.plan = plan;
        this.organisation = organisation;
        this.channel = channel;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }
}
