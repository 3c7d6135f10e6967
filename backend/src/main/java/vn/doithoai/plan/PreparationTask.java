package vn.doithoai.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.document.StoredFile;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;

/**
 * A preparation task (nhiệm vụ tổ chức thực hiện): who does what by when. The due date follows from the rule
 * and the session date and is recomputed whenever either moves; "overdue" is computed, never stored.
 */
@Entity
@Table(name = "plan_task")
public class PreparationTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    @Column(nullable = false)
    int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_unit_id")
    OrgUnit owner;

    /** The kind of unit that owns it when no single unit does ("Đảng ủy các xã, phường"). */
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", length = 30)
    OrgUnitKind ownerKind;

    @Column(nullable = false, columnDefinition = "text")
    String description;

    @Embedded
    DeadlineRule rule;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Column(name = "done_on")
    LocalDate doneOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_file_id")
    StoredFile report;

    protected PreparationTask() {
    }

    PreparationTask(Plan plan) {
        this.plan = plan;
    }

    void recomputeDueDate(LocalDate sessionDate, WorkingDays calendar) {
        dueDate = rule == null || sessionDate == null ? null : rule.dueDate(sessionDate, calendar);
    }

    public TaskStatus status(LocalDate today) {
        if (doneOn != null) {
            return TaskStatus.DONE;
        }
        return dueDate != null && dueDate.isBefore(today) ? TaskStatus.OVERDUE : TaskStatus.OPEN;
    }

    public Long id() {
        return id;
    }

    public OrgUnit owner() {
        return owner;
    }

    public OrgUnitKind ownerKind() {
        return ownerKind;
    }

    public String description() {
        return description;
    }

    public DeadlineRule rule() {
        return rule;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public StoredFile report() {
        return report;
    }
}
