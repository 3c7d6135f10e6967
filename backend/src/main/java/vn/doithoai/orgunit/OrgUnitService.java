package vn.doithoai.orgunit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
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
    Bodies bodies;

    public Page<OrgUnitDto> list(OrgUnitKind kind, String parentCode, String text, PageRequest page) {
        var query = units.search(kind, blankToNull(parentCode), blankToNull(text));
        long total = query.count();
        List<OrgUnitDto> items = query.range(page.offset(), page.offset() + page.size() - 1).list().stream()
                .map(OrgUnitDto::of).toList();
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
        return roots.stream().map(root -> node(root, childrenByParent)).toList();
    }

    /** Wards and communes with their villages, for citizens to say where they live. Public knowledge. */
    public List<Locality> localities() {
        List<OrgUnit> all = units.all();
        Map<Long, List<OrgUnitRef>> villages = new LinkedHashMap<>();
        for (OrgUnit unit : all) {
            if (unit.parent() != null && (unit.kind() == OrgUnitKind.VILLAGE || unit.kind() == OrgUnitKind.RESIDENTIAL_GROUP)) {
                villages.computeIfAbsent(unit.parent().id(), k -> new ArrayList<>()).add(OrgUnitRef.of(unit));
            }
        }
        return all.stream().filter(u -> u.kind() == OrgUnitKind.WARD || u.kind() == OrgUnitKind.COMMUNE)
                .map(u -> new Locality(u.code(), u.name(), u.kind(), villages.getOrDefault(u.id(), List.of()))).toList();
    }

    public OrgUnitDto get(String code) {
        return OrgUnitDto.of(require(code));
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

    @Transactional
    public OrgUnitDto create(OrgUnitRequest.Create request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw DomainException.conflict("orgunit.code-taken", request.code());
        }
        OrgUnit parent = parentFor(request.parentCode(), request.kind());
        var unit = new OrgUnit(request.code(), request.kind(), request.name().trim(), parent,
                request.sortOrder() == null ? 0 : request.sortOrder(), Instant.now(clock));
        units.persistAndFlush(unit);
        ids.forget(unit.code());
        bodies.changed();
        audit.record(AUDIT_TYPE, unit.code(), "created", AuditLog.changes()
                .field("name", null, unit.name())
                .field("kind", null, unit.kind())
                .field("parentCode", null, unit.parentCode())
                .field("sortOrder", null, unit.sortOrder()));
        return OrgUnitDto.of(unit);
    }

    @Transactional
    public OrgUnitDto update(String code, long expectedVersion, OrgUnitRequest.Update request) {
        OrgUnit unit = require(code);
        Versions.check(expectedVersion, unit.version());
        OrgUnit parent = parentFor(request.parentCode(), request.kind());
        if (parent != null && parent.isUnder(unit)) {  // placing the unit under itself would close a loop
            throw InvalidInputException.of("parentCode", "validation.parent-cycle");
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
        return OrgUnitDto.of(unit);
    }

    @Transactional
    public void delete(String code, long expectedVersion) {
        OrgUnit unit = require(code);
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

    private static OrgUnitNode node(OrgUnit unit, Map<Long, List<OrgUnit>> childrenByParent) {
        List<OrgUnitNode> children = childrenByParent.getOrDefault(unit.id(), List.of()).stream()
                .map(child -> node(child, childrenByParent)).toList();
        return new OrgUnitNode(unit.code(), unit.name(), unit.kind(), children);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
