package vn.doithoai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.doithoai.calendar.dto.CalendarOverrideDto;
import vn.doithoai.calendar.dto.CalendarOverrideRequest;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.time.SupportedDates;

/** The admin's record of each year's official schedule; every change is audited and reaches the calendar on commit. */
@ApplicationScoped
public class CalendarOverrideService {

    static final String AUDIT_TYPE = "CalendarOverride";

    @Inject
    CalendarOverrideRepository overrides;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CalendarOverridesChanged> changed;

    public List<CalendarOverrideDto> list(int year) {
        return overrides.inYear(year).stream().map(this::dto).toList();
    }

    public CalendarOverrideDto get(LocalDate day) {
        return dto(require(day));
    }

    @Transactional
    public CalendarOverrideDto create(CalendarOverrideRequest.Create request) {
        LocalDate day = request.day();
        if (!SupportedDates.covers(day)) {
            throw new InvalidInputException(List.of(SupportedDates.outside("day")));
        }
        if (overrides.findByDay(day).isPresent()) {
            throw DomainException.conflict("calendar.override.day-taken", CalendarDates.args(day));
        }
        checkChangesSomething(day, request.kind());
        var override = new CalendarOverride(day, request.kind(), request.name().trim(), blankToNull(request.nameEn()),
                Instant.now(clock));
        try {
            overrides.persistAndFlush(override);
        } catch (ConstraintViolationException e) {
            // Another admin recorded the same day a moment ago.
            throw DomainException.conflict("calendar.override.day-taken", CalendarDates.args(day));
        }
        audit.record(AUDIT_TYPE, day.toString(), "created", AuditLog.changes()
                .field("kind", null, override.kind())
                .field("name", null, override.name())
                .field("nameEn", null, override.nameEn()));
        changed.fire(new CalendarOverridesChanged(day));
        return dto(override);
    }

    @Transactional
    public CalendarOverrideDto update(LocalDate day, long expectedVersion, CalendarOverrideRequest.Update request) {
        CalendarOverride override = require(day);
        Versions.check(expectedVersion, override.version());
        checkChangesSomething(day, request.kind());
        String name = request.name().trim();
        String nameEn = blankToNull(request.nameEn());
        var changes = AuditLog.changes()
                .field("kind", override.kind(), request.kind())
                .field("name", override.name(), name)
                .field("nameEn", override.nameEn(), nameEn);
        if (!changes.isEmpty()) {
            override.change(request.kind(), name, nameEn, Instant.now(clock));
            overrides.flush();
            audit.record(AUDIT_TYPE, day.toString(), "updated", changes);
            changed.fire(new CalendarOverridesChanged(day));
        }
        return dto(override);
    }

    @Transactional
    public void delete(LocalDate day, long expectedVersion) {
        CalendarOverride override = require(day);
        Versions.check(expectedVersion, override.version());
        overrides.delete(override);
        audit.record(AUDIT_TYPE, day.toString(), "deleted", AuditLog.changes()
                .field("kind", override.kind(), null)
                .field("name", override.name(), null)
                .field("nameEn", override.nameEn(), null));
        changed.fire(new CalendarOverridesChanged(day));
    }

    /**
     * An override that leaves the day as the computed calendar has it is most likely a mistyped date (a swapped
     * Saturday entered as the Friday before), so it is refused rather than silently kept.
     */
    private void checkChangesSomething(LocalDate day, OverrideKind kind) {
        boolean holiday = calendar.computedHoliday(day).isPresent();
        if (kind == OverrideKind.WORKING_DAY && !holiday && !PublicHolidays.isWeekend(day)) {
            throw InvalidInputException.of("kind", "calendar.override.already-working", CalendarDates.args(day));
        }
        if (kind == OverrideKind.DAY_OFF && !holiday && PublicHolidays.isWeekend(day)) {
            throw InvalidInputException.of("kind", "calendar.override.already-weekend", CalendarDates.args(day));
        }
    }

    private CalendarOverride require(LocalDate day) {
        return overrides.findByDay(day)
                .orElseThrow(() -> DomainException.notFound("calendar.override.not-found", CalendarDates.args(day)));
    }

    private CalendarOverrideDto dto(CalendarOverride override) {
        return CalendarOverrideDto.of(override, calendar.computedHoliday(override.day()).orElse(null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
