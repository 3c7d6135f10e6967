package vn.doithoai.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.participant.dto.PersonInput;
import vn.doithoai.common.security.ScopeDecidedElsewhere;

/** Finds people again by phone or login, and writes what was entered about them, all bad fields at once. */
@ScopeDecidedElsewhere("Finds people within the body its callers have decided (the plan's body, through PlanAccess)")
@ApplicationScoped
class People {


    @Inject
    EntityManager em;

    @Inject
    OrgUnitService orgUnits;

    /**
     * The person a body knows by this phone: its own record, else one shared by the installation. Another body's
     * records are never found: a phone known elsewhere is a stranger here.
     */
    Optional<Person> byPhone(long bodyId, String normalisedPhone) {
        return em.createQuery("from Person where phone = :phone and (bodyId = :body or bodyId is null) order by bodyId desc nulls last",
                Person.class).setParameter("phone", normalisedPhone).setParameter("body", bodyId).getResultStream().findFirst();
    }

    /** The record of a citizen's own login within a body (or shared). */
    Optional<Person> byAccount(long bodyId, String username) {
        return em.createQuery("from Person where account = :account and (bodyId = :body or bodyId is null) order by bodyId desc nulls last",
                Person.class).setParameter("account", username).setParameter("body", bodyId).getResultStream().findFirst();
    }

    /** People by phone or name, among the records of {@code bodies} (null: every body's) and the shared ones. */
    List<Person> search(Set<Long> bodies, String phone, String text, String wardScope) {
        StringBuilder jpql = new StringBuilder("select p from Person p left join fetch p.ward left join fetch p.village "
                + "left join fetch p.organisation where 1 = 1");
        if (bodies != null) {
            jpql.append(bodies.isEmpty() ? " and p.bodyId is null" : " and (p.bodyId in :bodies or p.bodyId is null)");
        }
        if (phone != null) {
            jpql.append(" and p.phone = :phone");
        }
        if (text != null) {
            jpql.append(" and p.fullName like :text");
        }
        if (wardScope != null) {
            jpql.append(" and p.ward.code = :ward");
        }
        var query = em.createQuery(jpql.append(" order by p.fullName, p.id").toString(), Person.class).setMaxResults(20);
        if (bodies != null && !bodies.isEmpty()) {
            query.setParameter("bodies", bodies);
        }
        if (phone != null) {
            query.setParameter("phone", phone);
        }
        if (text != null) {
            query.setParameter("text", "%" + text.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (wardScope != null) {
            query.setParameter("ward", wardScope);
        }
        return query.getResultList();
    }

    /** A new person of the body from what was entered; the caller persists it. */
    Person create(long bodyId, PersonInput input, String fieldPrefix, String by, Instant now) {
        var person = new Person(bodyId, input.fullName().strip(), by, now);
        write(person, input, fieldPrefix);
        return person;
    }

    /** The org units and phone an input names, each checked; every bad field is reported at once. */
    record Checked(OrgUnit organisation, OrgUnit ward, OrgUnit village, String phone) {
    }

    Checked check(PersonInput input, String fieldPrefix) {
        List<Violation> violations = new ArrayList<>();
        OrgUnit organisation = unit(input.organisationCode(), fieldPrefix + "organisationCode", null, violations);
        OrgUnit ward = unit(input.wardCode(), fieldPrefix + "wardCode", OrgUnitKind.WARDS, violations);
        OrgUnit village = unit(input.villageCode(), fieldPrefix + "villageCode", OrgUnitKind.VILLAGES, violations);
        if (village != null && ward != null && !ward.code().equals(village.parentCode())) {
            violations.add(new Violation(fieldPrefix + "villageCode", "person.village-not-in-ward", village.name(), ward.name()));
        }
        String phone = null;
        if (input.phone() != null && !input.phone().isBlank()) {
            phone = PhoneNumbers.normalise(input.phone()).orElse(null);
            if (phone == null) {
                violations.add(new Violation(fieldPrefix + "phone", "person.phone-invalid", input.phone()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(organisation, ward != null ? ward : village == null ? null : village.parent(), village, phone);
    }

    /** Writes every field of the input into the person, after checking them all. */
    void write(Person person, PersonInput input, String fieldPrefix) {
        Checked checked = check(input, fieldPrefix);
        // A delegate of a body's dialogue represents a shared unit or one of that body, never another body's.
        OrgUnit organisation = checked.organisation();
        if (organisation != null && person.bodyId() != null && !orgUnits.usableBy(organisation, person.bodyId())) {
            throw InvalidInputException.of(fieldPrefix + "organisationCode", "orgunit.another-bodys", organisation.name(),
                    organisation.ownerBody().name());
        }
        person.fullName = input.fullName().strip();
        person.title = trim(input.title());
        person.organisation = checked.organisation();
        person.ward = checked.ward();
        person.village = checked.village();
        person.phone = checked.phone();
        person.email = trim(input.email());
        person.address = trim(input.address());
        person.notes = trim(input.notes());
    }

    OrgUnit unit(String code, String field, Set<OrgUnitKind> kinds, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<OrgUnit> unit = orgUnits.find(code.strip());
        if (unit.isEmpty()) {
            violations.add(new Violation(field, "orgunit.not-found", code));
            return null;
        }
        if (kinds != null && !kinds.contains(unit.get().kind())) {
            violations.add(new Violation(field, "person.wrong-unit-kind", unit.get().name()));
            return null;
        }
        return unit.get();
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
