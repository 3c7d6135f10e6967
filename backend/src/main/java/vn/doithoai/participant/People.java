package vn.doithoai.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
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

/** Finds people again by phone or login, and writes what was entered about them, all bad fields at once. */
@ApplicationScoped
class People {

    static final Set<OrgUnitKind> WARDS = EnumSet.of(OrgUnitKind.WARD, OrgUnitKind.COMMUNE);
    static final Set<OrgUnitKind> VILLAGES = EnumSet.of(OrgUnitKind.VILLAGE, OrgUnitKind.RESIDENTIAL_GROUP);

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService orgUnits;

    Optional<Person> byPhone(String normalisedPhone) {
        return em.createQuery("from Person where phone = :phone", Person.class).setParameter("phone", normalisedPhone)
                .getResultStream().findFirst();
    }

    Optional<Person> byAccount(String username) {
        return em.createQuery("from Person where account = :account", Person.class).setParameter("account", username)
                .getResultStream().findFirst();
    }

    List<Person> search(String phone, String text, String wardScope) {
        StringBuilder jpql = new StringBuilder("select p from Person p left join fetch p.ward left join fetch p.village "
                + "left join fetch p.organisation where 1 = 1");
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

    /** A new person from what was entered; the caller persists it. */
    Person create(PersonInput input, String fieldPrefix, String by, Instant now) {
        var person = new Person(input.fullName().strip(), by, now);
        write(person, input, fieldPrefix);
        return person;
    }

    /** The org units and phone an input names, each checked; every bad field is reported at once. */
    record Checked(OrgUnit organisation, OrgUnit ward, OrgUnit village, String phone) {
    }

    Checked check(PersonInput input, String fieldPrefix) {
        List<Violation> violations = new ArrayList<>();
        OrgUnit organisation = unit(input.organisationCode(), fieldPrefix + "organisationCode", null, violations);
        OrgUnit ward = unit(input.wardCode(), fieldPrefix + "wardCode", WARDS, violations);
        OrgUnit village = unit(input.villageCode(), fieldPrefix + "villageCode", VILLAGES, violations);
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
        person.fullName = input.fullName().strip();
        person.title = trim(input.title());
        person.organisation = checked.organisation();
        person.ward = checked.ward();
        person.village = checked.village();
        person.phone = checked.phone();
        person.email = trim(input.email());
        person.address = trim(input.address());
        person.notes = trim(input.notes());
        person.namePublic = Boolean.TRUE.equals(input.namePublic());
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
