package vn.doithoai.followup;

import java.util.List;

import jakarta.persistence.EntityManager;
import vn.doithoai.common.security.ScopeDecidedElsewhere;

/** Where a unit receives reminders: org_unit.email (V17), read here only, so OrgUnit stays as the org-unit slice has it. */
@ScopeDecidedElsewhere("Reads a unit's mail address for the outbox; no record of a plan")
final class UnitEmails {

    private UnitEmails() {
    }

    static String of(EntityManager em, long unitId) {
        List<?> rows = em.createNativeQuery("select email from org_unit where id = ?1").setParameter(1, unitId).getResultList();
        Object email = rows.isEmpty() ? null : rows.get(0);
        return email == null || email.toString().isBlank() ? null : email.toString().strip();
    }

    static void set(EntityManager em, String unitCode, String email) {
        em.createNativeQuery("update org_unit set email = ?2 where code = ?1").setParameter(1, unitCode).setParameter(2, email).executeUpdate();
    }
}
