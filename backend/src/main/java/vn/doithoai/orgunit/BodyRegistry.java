package vn.doithoai.orgunit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;

/**
 * The bodies of the installation as org units: founding a new one, and what its staff may be attached to (its units,
 * the wards and villages of its area). Staff administration asks here; the tree itself stays {@link OrgUnitService}'s.
 */
@ApplicationScoped
public class BodyRegistry {

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Bodies bodies;

    @Inject
    OrgUnitIds ids;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Every body, the active ones first, each group in tree order. */
    public List<OrgUnit> all() {
        return units.find("body = true order by case when retiredOn is null then 0 else 1 end, sortOrder, name, id").list();
    }

    /** The body of this code; another unit, or none, is empty. */
    public Optional<OrgUnit> find(String code) {
        return code == null ? Optional.empty() : units.findByCode(code).filter(OrgUnit::isBody);
    }

    /**
     * A new body (cơ quan tổ chức đối thoại) in a locality: the province, a ward or a commune of today. It owns itself,
     * as every body does. Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrgUnit found(String code, OrgUnitKind kind, String name, String localityCode) {
        if (kind != OrgUnitKind.PARTY_COMMITTEE && kind != OrgUnitKind.PEOPLES_COMMITTEE) {
            throw new IllegalArgumentException("a body is a Party committee or a People's Committee, not " + kind);
        }
        if (units.findByCode(code).isPresent()) {
            throw DomainException.conflict("orgunit.code-taken", code);
        }
        OrgUnit locality = units.findByCode(localityCode).orElseThrow(() -> DomainException.notFound("orgunit.not-found", localityCode));
        int last = units.find("parent", locality).list().stream().mapToInt(OrgUnit::sortOrder).max().orElse(0);
        var body = new OrgUnit(code, kind, name.trim(), locality, last + 1, Instant.now(clock));
        body.body = true;
        units.persist(body);
        body.ownerBody = body;
        units.flush();
        // Every instance sees the new body within a second; this one at once, whether it is committed or not.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    ids.forget(code);
                }
                bodies.changed();
            }
        });
        audit.record("OrgUnit", code, "created", AuditLog.changes()
                .field("name", null, body.name())
                .field("kind", null, body.kind())
                .field("parentCode", null, body.parentCode())
                .field("body", null, true));
        return body;
    }

    /**
     * The units a body's staff may work for (claim org_unit): its own (its offices, departments, organisations, and
     * itself) and those shared by the installation (a province's departments answer for every body), never a place
     * nor a unit that is history.
     */
    public List<OrgUnit> unitsFor(OrgUnit body) {
        return units.find("retiredOn is null and kind not in ?1 and (ownerBody = ?2 or (ownerBody is null and body = false))"
                + " order by sortOrder, name, id", OrgUnitKind.PLACES, body).list();
    }

    /** The wards, communes, villages and residential groups of a body's area, where its ward officers work (claim ward). */
    public List<OrgUnit> wardsFor(OrgUnit body) {
        OrgUnit area = body.parent();
        if (area == null) {
            return List.of();
        }
        return units.find("retiredOn is null and kind in ?1 order by sortOrder, name, id", OrgUnitKind.WARDS_AND_VILLAGES).list()
                .stream().filter(u -> u.isUnder(area)).toList();
    }
}
