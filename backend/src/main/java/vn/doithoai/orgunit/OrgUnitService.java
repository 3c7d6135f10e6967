package vn.doithoai.orgunit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.dto.Locality;
import vn.doithoai.orgunit.dto.OrgUnitDto;
import vn.doithoai.orgunit.dto.OrgUnitNode;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.orgunit.dto.OrgUnitRequest;

@ApplicationScoped
public class OrgUnitService {

    static final String AUDIT_TYPE = "OrgUnit";

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    OrgUnitIds ids;

    @Inject
    CurrentUser user;

    @Inject
    Bodies bodies;

    @Inject
    BodyScope scope;

    public Page<OrgUnitDto> list(OrgUnitKind kind, String parentCode, String text, PageRequest page) {
        var query = units.search(kind, blankToNull(parentCode), blankToNull(text));
        long total = query.count();
        List<OrgUnitDto> items = query.range(page.offset(), page.offset() + page.size() - 1).list().stream()
                .map(this::dto).toList();
        return Page.of(items, page, total);
    }

    /** The whole tree, roots first, siblings in their order. One query: the tree is small (tens to hundreds). */
    public List<OrgUnitNode> tree() {
        List<OrgUnit> all = units.all();
        Map<Long, List<OrgUnit>> childrenByParent = new LinkedHashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : all) {
            if (unit.parent() == null) {
                roots.add(unit);
            } else {
                childrenByParent.computeIfAbsent(unit.parent().id(), k -> new ArrayList<>()).add(unit);
            }
        }
        OrgUnit area = area();
        return roots.stream().map(root -> node(root, childrenByParent, area)).toList();
    }

    /**
     * Present-day wards and communes with their villages, for citizens to say where they live. Public knowledge. A ward
     * merged away (and what lies in it) is history: nobody picks an abolished ward.
     */
    public List<Locality> localities() {
        List<OrgUnit> all = units.all();
        Map<Long, List<OrgUnitRef>> villages = new LinkedHashMap<>();
        for (OrgUnit unit : all) {
            if (unit.parent() != null && OrgUnitKind.VILLAGES.contains(unit.kind()) && !unit.isRetired()) {
                villages.computeIfAbsent(unit.parent().id(), k -> new ArrayList<>()).add(OrgUnitRef.of(unit));
            }
        }
        return all.stream().filter(u -> OrgUnitKind.WARDS.contains(u.kind()) && !u.isRetired())
                .map(u -> new Locality(u.code(), u.name(), u.kind(), villages.getOrDefault(u.id(), List.of()))).toList();
    }

    public OrgUnitDto get(String code) {
        return dto(require(code));
    }

    /** The unit with this code, if there is one; for features that resolve token claims to names. */
    /**
     * Whether a place lies in an area: under it in the tree, or, for an area that is history (the town of Ba Đồn),
     * under a place that took over part of it (Phường Ba Đồn, formed in 2025 from the town's wards). The dialogues of an
     * abolished town go on about the places that are there today.
     */
    public boolean within(OrgUnit unit, OrgUnit area) {
        if (unit.isUnder(area)) {
            return true;
        }
        if (!area.isRetired()) {
            return false;
        }
        List<OrgUnit> successors = units.getEntityManager().createQuery(
                "select distinct u.successor from OrgUnit u where u.parent = :area and u.successor is not null", OrgUnit.class)
                .setParameter("area", area).getResultList();
        return area.successor() != null && unit.isUnder(area.successor()) || successors.stream().anyMatch(unit::isUnder);
    }

    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : units.findByCode(code);
    }

    /**
     * Whether the records of {@code bodyId} may name this unit (a ruling's or an assignment's unit, a delegate's
     * organisation): a shared one, or one belonging to a body of the same area as the body carrying the records on (the
     * town's departments, now the ward of Ba Đồn's Party committee's, still answer for the town's dialogue; the ward's
     * People's Committee for its Party committee's). Another commune's or ward's unit is not.
     */
    public boolean usableBy(OrgUnit unit, long bodyId) {
        OrgUnit owner = unit.ownerBody();
        return owner == null || bodies.sameArea(bodies.carrierOf(owner.id()), bodies.carrierOf(bodyId));
    }

    /**
     * A new unit. The installation's administrator adds one anywhere, shared or a body's; a body's administrator adds
     * one within their body's area (Phường Bắc Gianh for its Party committee), and it is their body's.
     */
    @Transactional
    public OrgUnitDto create(OrgUnitRequest.Create request) {
        OrgUnit owner = ownerForNew(request.ownerBodyCode());
        if (units.findByCode(request.code()).isPresent()) {
            throw DomainException.conflict("orgunit.code-taken", request.code());
        }
        OrgUnit parent = parentFor(request.parentCode(), request.kind());
        requireInArea(parent);
        Instant now = Instant.now(clock);
        var unit = new OrgUnit(request.code(), request.kind(), request.name().trim(), parent,
                request.sortOrder() == null ? 0 : request.sortOrder(), now);
        unit.ownBy(owner, now);
        units.persistAndFlush(unit);
        ids.forget(unit.code());
        bodies.changed();
        audit.record(AUDIT_TYPE, unit.code(), "created", AuditLog.changes()
                .field("name", null, unit.name())
                .field("kind", null, unit.kind())
                .field("parentCode", null, unit.parentCode())
                .field("sortOrder", null, unit.sortOrder())
                .field("ownerBody", null, owner == null ? null : owner.code()));
        return dto(unit);
    }

    @Transactional
    public OrgUnitDto update(String code, long expectedVersion, OrgUnitRequest.Update request) {
        OrgUnit unit = require(code);
        requireAdministrable(unit);
        Versions.check(expectedVersion, unit.version());
        OrgUnit parent = parentFor(request.parentCode(), request.kind());
        if (parent != null && parent.isUnder(unit)) {  // placing the unit under itself would close a loop
            throw InvalidInputException.of("parentCode", "validation.parent-cycle");
        }
        if (!Objects.equals(parent == null ? null : parent.id(), unit.parent() == null ? null : unit.parent().id())) {
            // A move: a body's administrator keeps their units within their area.
            requireInArea(parent);
        }
        if (unit.isBody() && !OrgUnitKind.BODIES.contains(request.kind())) {
            throw InvalidInputException.of("kind", "orgunit.body-kind", unit.name());
        }
        for (OrgUnit child : units.list("parent", unit)) {
            if (!child.kind().mayBeUnder(request.kind())) {
                throw InvalidInputException.of("kind", "validation.kind-children", child.code());
            }
        }
        var changes = AuditLog.changes()
                .field("name", unit.name(), request.name().trim())
                .field("kind", unit.kind(), request.kind())
                .field("parentCode", unit.parentCode(), parent == null ? null : parent.code())
                .field("sortOrder", unit.sortOrder(), request.sortOrder() == null ? unit.sortOrder() : request.sortOrder());
        if (!changes.isEmpty()) {
            unit.rename(request.name().trim(), request.kind(), parent,
                    request.sortOrder() == null ? unit.sortOrder() : request.sortOrder(), Instant.now(clock));
            units.flush();
            bodies.changed();
            audit.record(AUDIT_TYPE, unit.code(), "updated", changes);
        }
        return dto(unit);
    }

    /**
     * Merged or abolished from a day on (sáp nhập, giải thể): the unit stays, with its records and the units under it
     * (a merged ward keeps its villages as history), and its successor carries it on: a body's dialogues go on with the
     * successor's staff, a ward's people are found under the ward it became. Recording it again changes the day or the
     * successor.
     */
    @Transactional
    public OrgUnitDto retire(String code, long expectedVersion, OrgUnitRequest.Retirement request) {
        OrgUnit unit = require(code);
        requireAdministrable(unit);
        Versions.check(expectedVersion, unit.version());
        LocalDate today = LocalDate.now(clock);
        if (request.retiredOn().isAfter(today)) {
            throw InvalidInputException.of("retiredOn", "orgunit.retired-in-future", today);
        }
        OrgUnit successor = successorFor(unit, request.successorCode());
        var changes = AuditLog.changes()
                .field("retiredOn", unit.retiredOn(), request.retiredOn())
                .field("successor", unit.successor() == null ? null : unit.successor().code(), successor == null ? null : successor.code());
        if (!changes.isEmpty()) {
            unit.retire(request.retiredOn(), successor, Instant.now(clock));
            units.flush();
            bodies.changed();
            audit.record(AUDIT_TYPE, unit.code(), "retired", changes);
        }
        return dto(unit);
    }

    /** A retirement recorded by mistake taken back: the unit is present-day again, with no successor. */
    @Transactional
    public OrgUnitDto reinstate(String code, long expectedVersion) {
        OrgUnit unit = require(code);
        requireAdministrable(unit);
        Versions.check(expectedVersion, unit.version());
        if (unit.isRetired()) {
            var changes = AuditLog.changes()
                    .field("retiredOn", unit.retiredOn(), null)
                    .field("successor", unit.successor() == null ? null : unit.successor().code(), null);
            unit.reinstate(Instant.now(clock));
            units.flush();
            bodies.changed();
            audit.record(AUDIT_TYPE, unit.code(), "reinstated", changes);
        }
        return dto(unit);
    }

    /** Which body keeps the unit, or none (shared): the installation's administrator decides. */
    @Transactional
    public OrgUnitDto setOwner(String code, long expectedVersion, OrgUnitRequest.Owner request) {
        if (!scope.isInstallationAdmin()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "orgunit.owner-installation-only");
        }
        OrgUnit unit = require(code);
        Versions.check(expectedVersion, unit.version());
        OrgUnit owner = ownerBody(request.ownerBodyCode());
        var changes = AuditLog.changes().field("ownerBody", unit.ownerBody() == null ? null : unit.ownerBody().code(),
                owner == null ? null : owner.code());
        if (!changes.isEmpty()) {
            unit.ownBy(owner, Instant.now(clock));
            units.flush();
            bodies.changed();
            audit.record(AUDIT_TYPE, unit.code(), "owner-changed", changes);
        }
        return dto(unit);
    }

    @Transactional
    public void delete(String code, long expectedVersion) {
        OrgUnit unit = require(code);
        requireAdministrable(unit);
        Versions.check(expectedVersion, unit.version());
        if (units.hasChildren(unit)) {
            throw DomainException.conflict("orgunit.has-children", code);
        }
        units.delete(unit);
        ids.forget(code);
        bodies.changed();
        audit.record(AUDIT_TYPE, code, "deleted", AuditLog.changes()
                .field("name", unit.name(), null)
                .field("kind", unit.kind(), null)
                .field("parentCode", unit.parentCode(), null));
    }

    private OrgUnit require(String code) {
        return units.findByCode(code).orElseThrow(() -> DomainException.notFound("orgunit.not-found", code));
    }

    private OrgUnit parentFor(String parentCode, OrgUnitKind kind) {
        OrgUnit parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = units.findByCode(parentCode.trim())
                    .orElseThrow(() -> InvalidInputException.of("parentCode", "validation.unknown-org-unit", parentCode));
        }
        if (!kind.mayBeUnder(parent == null ? null : parent.kind())) {
            throw InvalidInputException.of("parentCode", "validation.kind-parent", kind, parent == null ? "—" : parent.kind());
        }
        return parent;
    }

    private OrgUnitNode node(OrgUnit unit, Map<Long, List<OrgUnit>> childrenByParent, OrgUnit area) {
        List<OrgUnit> under = childrenByParent.getOrDefault(unit.id(), List.of());
        List<OrgUnitNode> children = under.stream().map(child -> node(child, childrenByParent, area)).toList();
        return new OrgUnitNode(unit.code(), unit.name(), unit.kind(), unit.isBody(), OrgUnitRef.ofNullable(unit.ownerBody()),
                unit.retiredOn(), OrgUnitRef.ofNullable(unit.successor()), allowedActions(unit, !under.isEmpty(), area), children);
    }

    private OrgUnitDto dto(OrgUnit unit) {
        return OrgUnitDto.of(unit, allowedActions(unit, units.hasChildren(unit), area()));
    }

    /** What the caller may do with the unit: the same rules as the commands, asked without failing. */
    private List<OrgUnitAction> allowedActions(OrgUnit unit, boolean hasChildren, OrgUnit area) {
        if (!user.hasRole(Role.ADMIN)) {
            return List.of();
        }
        List<OrgUnitAction> allowed = new ArrayList<>();
        boolean installation = scope.isInstallationAdmin();
        if (administrable(unit)) {
            allowed.add(OrgUnitAction.EDIT);
            allowed.add(unit.isRetired() ? OrgUnitAction.REINSTATE : OrgUnitAction.RETIRE);
            if (!hasChildren) {
                allowed.add(OrgUnitAction.DELETE);
            }
        }
        // History may still be completed (a village of a merged ward, for the records of its old dialogues).
        if (installation || area != null && unit.isUnder(area)) {
            allowed.add(OrgUnitAction.ADD_CHILD);
        }
        if (installation) {
            allowed.add(OrgUnitAction.SET_OWNER);
        }
        return allowed;
    }

    /**
     * Whether the caller may change the unit: the installation's administrator any; a body's administrator their
     * body's units, but not the body itself (bodies are the installation's to shape).
     */
    private boolean administrable(OrgUnit unit) {
        if (scope.isInstallationAdmin()) {
            return true;
        }
        return scope.isBodyAdmin() && !unit.isBody() && unit.ownerBody() != null && scope.mayWrite(unit.ownerBody().id());
    }

    /** As {@link #administrable}, failing: another body's unit is 404, a shared one (or a body) 403. */
    private void requireAdministrable(OrgUnit unit) {
        scope.requireAdministrable(unit.ownerBody() == null ? null : unit.ownerBody().id(),
                DomainException.notFound("orgunit.not-found", unit.code()), "orgunit.shared-read-only");
        if (!scope.isInstallationAdmin() && unit.isBody()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "orgunit.body-installation-only", unit.name());
        }
    }

    /** The area a body's administrator keeps units in: their body's locality; null for anyone else. */
    private OrgUnit area() {
        if (!scope.isBodyAdmin()) {
            return null;
        }
        return scope.body().map(id -> units.findById(id)).map(OrgUnit::parent).orElse(null);
    }

    /** A body's administrator places units within their body's area only. */
    private void requireInArea(OrgUnit parent) {
        if (scope.isInstallationAdmin()) {
            return;
        }
        OrgUnit area = area();
        if (area == null || parent == null || !parent.isUnder(area)) {
            throw InvalidInputException.of("parentCode", "orgunit.outside-area", area == null ? "—" : area.name());
        }
    }

    /** The owner of a new unit: a body's administrator's own body (and no other); the named body or none for the installation's. */
    private OrgUnit ownerForNew(String ownerBodyCode) {
        if (scope.isInstallationAdmin()) {
            return ownerBody(ownerBodyCode);
        }
        long own = scope.requireOwn();
        OrgUnit body = units.findById(own);
        if (ownerBodyCode != null && !ownerBodyCode.isBlank() && !ownerBodyCode.strip().equals(body.code())) {
            throw new DomainException(ProblemKind.FORBIDDEN, "orgunit.owner-installation-only");
        }
        return body;
    }

    private OrgUnit ownerBody(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        OrgUnit owner = units.findByCode(code.strip())
                .orElseThrow(() -> InvalidInputException.of("ownerBodyCode", "validation.unknown-org-unit", code));
        if (!owner.isBody()) {
            throw InvalidInputException.of("ownerBodyCode", "orgunit.owner-not-body", owner.name());
        }
        if (owner.isRetired()) {
            throw InvalidInputException.of("ownerBodyCode", "orgunit.owner-retired", owner.name(), owner.retiredOn());
        }
        return owner;
    }

    /**
     * Who carries a retired unit on: present-day, of a kind it may merge into, a body for a body; required for a body
     * and a locality, whose records and people go on somewhere. A body's administrator names one within their area.
     */
    private OrgUnit successorFor(OrgUnit unit, String code) {
        if (code == null || code.isBlank()) {
            if (unit.isBody() || OrgUnitKind.LOCALITIES.contains(unit.kind())) {
                throw InvalidInputException.of("successorCode", "orgunit.successor-required", unit.name());
            }
            return null;
        }
        OrgUnit successor = units.findByCode(code.strip())
                .orElseThrow(() -> InvalidInputException.of("successorCode", "validation.unknown-org-unit", code));
        if (successor.id().equals(unit.id())) {
            throw InvalidInputException.of("successorCode", "orgunit.successor-itself");
        }
        if (successor.isRetired()) {
            throw InvalidInputException.of("successorCode", "orgunit.successor-retired", successor.name(), successor.retiredOn());
        }
        if (!unit.kind().mayMergeInto(successor.kind())) {
            throw InvalidInputException.of("successorCode", "orgunit.successor-kind", unit.kind(), successor.kind());
        }
        if (unit.isBody() && !successor.isBody()) {
            throw InvalidInputException.of("successorCode", "orgunit.successor-not-body", successor.name());
        }
        if (!scope.isInstallationAdmin()) {
            OrgUnit area = area();
            if (area == null || !successor.isUnder(area)) {
                throw InvalidInputException.of("successorCode", "orgunit.outside-area", area == null ? "—" : area.name());
            }
        }
        return successor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
