package vn.doithoai.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One day of a year's official schedule (lịch nghỉ chính thức do Thủ tướng / Bộ LĐTBXH công bố) as the admin
 * recorded it, or of a body's own (a province's day off): a day off or a working day, whatever the calendar beneath it
 * says for that day.
 */
@Entity
@Table(name = "calendar_override")
public class CalendarOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The day; one override a day in each layer. Never changes: to move a day, delete it and record the other one. */
    @Column(nullable = false, updatable = false)
    LocalDate day;

    /**
     * The body whose own day it is (a province's local day off), counted for its plans and those of the bodies below
     * it; null: the national schedule, counted for everyone.
     */
    @Column(name = "body_id", updatable = false)
    Long bodyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    OverrideKind kind;

    /** Vietnamese name, as in the official schedule: "Nghỉ Tết Nguyên Đán", "Làm bù cho ngày 02/05". */
    @Column(nullable = false)
    String name;

    @Column(name = "name_en")
    String nameEn;

    @Version
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected CalendarOverride() {
    }

    CalendarOverride(Long bodyId, LocalDate day, OverrideKind kind, String name, String nameEn, Instant now) {
        this.bodyId = bodyId;
        this.day = day;
        this.kind = kind;
        this.name = name;
        this.nameEn = nameEn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(OverrideKind kind, String name, String nameEn, Instant now) {
        this.kind = kind;
        this.name = name;
        this.nameEn = nameEn;
        this.updatedAt = now;
    }

    /** As a day off of the calendar; without an English name the Vietnamese one stands for both. */
    Holiday asHoliday() {
        return new Holiday(day, name, nameEn == null ? name : nameEn, HolidaySource.RECORDED);
    }

    public LocalDate day() {
        return day;
    }

    public Long bodyId() {
        return bodyId;
    }

    public OverrideKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public long version() {
        return version;
    }
}
