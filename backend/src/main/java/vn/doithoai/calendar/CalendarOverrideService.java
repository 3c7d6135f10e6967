package vn.doithoai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.time.SupportedDates;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/**
 * The admins' record of each year's official schedule: the national one, kept by the installation's administrator,
 * and each body's own days (a province's local day off), kept by that body's administrator. Every change is audited and
 * reaches the calendar on commit.
 */
@ApplicationScoped
public class CalendarOverrideService {

    static final String AUDIT_TYPE = "CalendarOverride";

    @Inject
    CalendarOverrideRepository overrides;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    Bodies bodies;

    @Inject
    BodyScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CalendarOverridesChanged> changed;

    /** One layer of days: the national schedule ({@code body} null) or one body's own. */
    public record Layer(OrgUnit body) {

        static final Layer NATIONAL = new Layer(null);

        Long id() {
            return body == null ? null : body.id();
        }

        OrgUnitRef ref() {
            return body == null ? null : OrgUnitRef.of(body);
        }

        /** The audit's name of a day of this layer: the date, and the body's code for a body's day. */
        String auditId(LocalDate day) {
            return body == null ? day.toString() : day + "@" + body.code();
        }
    }

    /** The layer named by a {@code body} parameter: blank for the national schedule, else a body's code. */
    public Layer layer(String bodyCode) {
        if (bodyCode == null || bodyCode.isBlank()) {
            return Layer.NATIONAL;
        }
        String code = bodyCode.strip();
        return new Layer(orgUnits.find(code).filter(OrgUnit::isBody)
                .orElseThrow(() -> InvalidInputException.of("body", "calendar.unknown-body", code)));
    }

    /** The calendar of a layer's deadlines: national, or the body's (with the days of the bodies above it). */
    public WorkingDays calendarOf(Layer layer) {
        return layer.id() == null ? calendar.national() : calendar.forBody(layer.id());
    }

    public List<CalendarOverrideDto> list(Layer layer, int year) {
        requireReadable(layer);
        return overrides.inYear(layer.id(), year).stream().map(o -> dto(layer, o)).toList();
    }

    public CalendarOverrideDto get(Layer layer, LocalDate day) {
        requireReadable(layer);
        return dto(layer, require(layer, day));
    }

    @Transactional
    public CalendarOverrideDto create(Layer layer, CalendarOverrideRequest.Create request) {
        requireWritable(layer);
        LocalDate day = request.day();
        if (!SupportedDates.covers(day)) {
            throw new InvalidInputException(List.of(SupportedDates.outside("day")));
        }
        if (overrides.findByDay(layer.id(), day).isPresent()) {
            throw DomainException.conflict("calendar.override.day-taken", CalendarDates.args(day));
        }
        checkChangesSomething(layer, day, request.kind());
        var override = new CalendarOverride(layer.id(), day, request.kind(), request.name().trim(), blankToNull(request.nameEn()),
                Instant.now(clock));
        try {
            overrides.persistAndFlush(override);
        } catch (ConstraintViolationException e) {
            // Another admin recorded the same day a moment ago.
            throw DomainException.conflict("calendar.override.day-taken", CalendarDates.args(day));
        }
        audit.record(AUDIT_TYPE, layer.auditId(day), "created", AuditLog.changes()
                .field("kind", null, override.kind())
                .field("name", null, override.name())
                .field("nameEn", null, override.nameEn()));
        changed.fire(new CalendarOverridesChanged(day));
        return dto(layer, override);
    }

    @Transactional
    public CalendarOverrideDto update(Layer layer, LocalDate day, long expectedVersion, CalendarOverrideRequest.Update request) {
        requireWritable(layer);
        CalendarOverride override = require(layer, day);
        Versions.check(expectedVersion, override.version());
        checkChangesSomething(layer, day, request.kind());
        String name = request.name().trim();
        String nameEn = blankToNull(request.nameEn());
        var changes = AuditLog.changes()
                .field("kind", override.kind(), request.kind())
                .field("name", override.name(), name)
                .field("nameEn", override.nameEn(), nameEn);
        if (!changes.isEmpty()) {
            override.change(request.kind(), name, nameEn, Instant.now(clock));
            overrides.flush();
            audit.record(AUDIT_TYPE, layer.auditId(day), "updated", changes);
            changed.fire(new CalendarOverridesChanged(day));
        }
        return dto(layer, override);
    }

    @Transactional
    public void delete(Layer layer, LocalDate day, long expectedVersion) {
        requireWritable(layer);
        CalendarOverride override = require(layer, day);
        Versions.check(expectedVersion, override.version());
        overrides.delete(override);
        audit.record(AUDIT_TYPE, layer.auditId(day), "deleted", AuditLog.changes()
                .field("kind", override.kind(), null)
                .field("name", override.name(), null)
                .field("nameEn", override.nameEn(), null));
        changed.fire(new CalendarOverridesChanged(day));
    }

    /**
     * A body's administrator reads the national schedule, their body's days and those of the bodies above it (which
     * count for their deadlines); another body's days do not exist for them.
     */
    private void requireReadable(Layer layer) {
        if (layer.id() == null || scope.isInstallationAdmin()) {
            return;
        }
        long id = layer.id();
        Optional<Long> own = scope.body();
        if (scope.mayRead(id) || own.isPresent() && bodies.overseersOf(own.get()).contains(id)) {
            return;
        }
        throw notFound(layer);
    }

    /** The national schedule is the installation administrator's; a body's days its own administrator's (or theirs). */
    private void requireWritable(Layer layer) {
        if (layer.id() == null) {
            if (!scope.isInstallationAdmin()) {
                throw new DomainException(ProblemKind.FORBIDDEN, "calendar.national-installation-only");
            }
            return;
        }
        Optional<Long> own = scope.body();
        if (!scope.isInstallationAdmin() && own.isPresent() && bodies.overseersOf(own.get()).contains(layer.id())) {
            // The days of the bodies above theirs count for them, and are those bodies' to keep.
            throw new DomainException(ProblemKind.FORBIDDEN, "calendar.above-read-only", layer.body().name());
        }
        scope.requireAdministrable(layer.id(), notFound(layer), "calendar.national-installation-only");
    }

    private static DomainException notFound(Layer layer) {
        return DomainException.notFound("calendar.body-not-found", layer.body().code());
    }

    /**
     * An override that leaves the day as the calendar beneath it has it (the computed one for the national schedule,
     * the national one and the province's for a body's days) is most likely a mistyped date (a swapped Saturday entered
     * as the Friday before), so it is refused rather than silently kept.
     */
    private void checkChangesSomething(Layer layer, LocalDate day, OverrideKind kind) {
        WorkingDays beneath = calendar.beneath(layer.id());
        boolean working = beneath.isWorkingDay(day);
        if (kind == OverrideKind.WORKING_DAY && working) {
            throw InvalidInputException.of("kind", "calendar.override.already-working", CalendarDates.args(day));
        }
        if (kind == OverrideKind.DAY_OFF && !working && beneath.dayOff(day).isEmpty()) {
            throw InvalidInputException.of("kind", "calendar.override.already-weekend", CalendarDates.args(day));
        }
    }

    private CalendarOverride require(Layer layer, LocalDate day) {
        return overrides.findByDay(layer.id(), day)
                .orElseThrow(() -> DomainException.notFound("calendar.override.not-found", CalendarDates.args(day)));
    }

    private CalendarOverrideDto dto(Layer layer, CalendarOverride override) {
        return CalendarOverrideDto.of(override, layer.ref(), calendar.beneath(layer.id()).dayOff(override.day()).orElse(null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
