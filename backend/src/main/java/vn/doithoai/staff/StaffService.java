package vn.doithoai.staff;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.BodyRegistry;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.staff.StaffDirectory.Account;
import vn.doithoai.staff.StaffDirectory.NewAccount;
import vn.doithoai.staff.dto.BodyDetail;
import vn.doithoai.staff.dto.BodyDto;
import vn.doithoai.staff.dto.CreatedBody;
import vn.doithoai.staff.dto.StaffMember;
import vn.doithoai.staff.dto.StaffRequest;

/**
 * Delegated administration: the installation's administrator founds bodies with their first administrator, and a
 * body's administrator invites its people by e-mail, gives and removes their roles within the body, and disables or
 * enables their accounts. The accounts live in Keycloak ({@link StaffDirectory}); every change is audited (type
 * "Staff"). Keycloak is changed first, outside any transaction, then the change is recorded; a failure anywhere undoes
 * what was done in Keycloak ({@link Compensations}).
 */
@ApplicationScoped
public class StaffService {

    static final String AUDIT_TYPE = "Staff";

    /** The roles a body gives its people. Citizens and partner systems are never anyone's staff. */
    public static final Set<String> BODY_ROLES = Set.of(Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID);
    private static final List<String> ROLE_ORDER = List.of(Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID);

    @Inject
    StaffDirectory directory;

    @Inject
    StaffAccess access;

    @Inject
    BodyRegistry registry;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditLog audit;


    /** Roles, unit and ward checked against the body: who is given what, and where. */
    private record Assignment(Set<String> roles, OrgUnit orgUnit, OrgUnit ward) {
    }

    // ------------------------------------------------------------------ bodies

    public List<BodyDto> bodies() {
        return registry.all().stream().map(BodyDto::of).toList();
    }

    public BodyDetail body(String code) {
        OrgUnit body = access.administered(code);
        return new BodyDetail(BodyDto.of(body), registry.unitsFor(body).stream().map(OrgUnitRef::of).toList(),
                registry.wardsFor(body).stream().map(OrgUnitRef::of).toList());
    }

    /**
     * A new body and its first administrator: both, or neither. The administrator's account is made first (Keycloak may
     * refuse it: the e-mail in use, Keycloak out of reach), the body only once the invitation is sent.
     */
    public CreatedBody createBody(StaffRequest.NewBody request) {
        access.requireInstallationAdmin();
        List<Violation> wrong = new ArrayList<>();
        if (request.kind() != OrgUnitKind.PARTY_COMMITTEE && request.kind() != OrgUnitKind.PEOPLES_COMMITTEE) {
            wrong.add(new Violation("kind", "staff.body-kind"));
        }
        Optional<OrgUnit> locality = orgUnits.find(request.localityCode().trim());
        if (locality.isEmpty()) {
            wrong.add(new Violation("localityCode", "validation.unknown-org-unit", request.localityCode()));
        } else if (locality.get().isRetired() || !(locality.get().kind() == OrgUnitKind.PROVINCE
                || OrgUnitKind.WARDS.contains(locality.get().kind()))) {
            wrong.add(new Violation("localityCode", "staff.body-locality", locality.get().name()));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        if (orgUnits.find(request.code()).isPresent()) {
            throw DomainException.conflict("orgunit.code-taken", request.code());
        }
        var assignment = new Assignment(Set.of(Role.ADMIN_ID), null, null);
        var steps = new Compensations("founding " + request.code());
        Invited invited = inviteInKeycloak(steps, request.code(), request.administrator().fullName(), request.administrator().email(),
                assignment);
        return steps.record(() -> {
            OrgUnit body = registry.found(request.code(), request.kind(), request.name(), locality.get().code());
            auditInvitation(invited, body.code(), assignment);
            return new CreatedBody(BodyDto.of(body), invited.member());
        });
    }

    // ------------------------------------------------------------------ people

    public Page<StaffMember> staff(String code, PageRequest page) {
        OrgUnit body = access.administered(code);
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        // Vietnamese lists go by given name, then family and middle names.
        List<Account> people = directory.inBody(body.code()).stream()
                .sorted(Comparator.comparing((Account a) -> nullToEmpty(a.lastName()), vietnamese)
                        .thenComparing(a -> nullToEmpty(a.firstName()), vietnamese)
                        .thenComparing(Account::username))
                .toList();
        List<StaffMember> items = people.stream().skip(page.offset()).limit(page.size())
                .map(a -> member(a, bodyRoles(directory.roles(a.id())))).toList();
        return Page.of(items, page, people.size());
    }

    public StaffMember get(String code, String id) {
        OrgUnit body = access.administered(code);
        Account account = access.member(body, id);
        return member(account, bodyRoles(directory.roles(account.id())));
    }

    public StaffMember invite(String code, StaffRequest.Invitation request) {
        OrgUnit body = access.administered(code);
        if (body.isRetired()) {
            throw DomainException.conflict("staff.body-retired", body.name());
        }
        Assignment assignment = assignment(body, request.roles(), request.orgUnitCode(), request.wardCode());
        var steps = new Compensations("invitation into " + body.code());
        Invited invited = inviteInKeycloak(steps, body.code(), request.fullName(), request.email(), assignment);
        return steps.record(() -> {
            auditInvitation(invited, body.code(), assignment);
            return invited.member();
        });
    }

    public StaffMember changeRoles(String code, String id, long expectedVersion, StaffRequest.Roles request) {
        OrgUnit body = access.administered(code);
        Account account = access.member(body, id);
        Set<String> before = bodyRoles(directory.roles(id));
        Versions.check(expectedVersion, version(account, before));
        Assignment assignment = assignment(body, request.roles(), request.orgUnitCode(), request.wardCode());
        if (access.isSelf(account) && before.contains(Role.ADMIN_ID) && !assignment.roles().contains(Role.ADMIN_ID)) {
            throw DomainException.conflict("staff.own-admin-role");
        }
        Set<String> added = new TreeSet<>(assignment.roles());
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(assignment.roles());
        String orgUnitBefore = account.attribute(StaffDirectory.ORG_UNIT).orElse(null);
        String wardBefore = account.attribute(StaffDirectory.WARD).orElse(null);
        String orgUnitAfter = code(assignment.orgUnit());
        String wardAfter = code(assignment.ward());
        var changes = AuditLog.changes()
                .field("roles", ordered(before), ordered(assignment.roles()))
                .field("orgUnit", orgUnitBefore, orgUnitAfter)
                .field("ward", wardBefore, wardAfter);
        if (changes.isEmpty()) {
            return member(account, before);
        }
        var steps = new Compensations("roles of " + account.username());
        steps.step(() -> directory.grant(id, added), () -> directory.revoke(id, added));
        steps.step(() -> directory.revoke(id, removed), () -> directory.grant(id, removed));
        if (!java.util.Objects.equals(orgUnitBefore, orgUnitAfter) || !java.util.Objects.equals(wardBefore, wardAfter)) {
            steps.step(() -> directory.setAttributes(id, scope(orgUnitAfter, wardAfter)),
                    () -> directory.setAttributes(id, scope(orgUnitBefore, wardBefore)));
        }
        steps.record(() -> {
            audit.record(AUDIT_TYPE, id, "roles-changed", changes);
            return null;
        });
        Account after = directory.find(id).orElse(account);
        return member(after, assignment.roles());
    }

    public StaffMember setEnabled(String code, String id, boolean enabled) {
        OrgUnit body = access.administered(code);
        Account account = access.member(body, id);
        Set<String> roles = bodyRoles(directory.roles(id));
        if (!enabled && access.isSelf(account)) {
            throw DomainException.conflict("staff.disable-self");
        }
        if (account.enabled() == enabled) {
            return member(account, roles);
        }
        var steps = new Compensations((enabled ? "enabling " : "disabling ") + account.username());
        steps.step(() -> directory.setEnabled(id, enabled), () -> directory.setEnabled(id, !enabled));
        steps.record(() -> {
            audit.record(AUDIT_TYPE, id, enabled ? "enabled" : "disabled", AuditLog.changes()
                    .field("enabled", !enabled, enabled)
                    .field("username", null, account.username()));
            return null;
        });
        return member(directory.find(id).orElse(account), roles);
    }

    // ------------------------------------------------------------------ rules

    /** An account made in Keycloak, its invitation sent. */
    private record Invited(String id, String address, String fullName, StaffMember member) {
    }

    /** Creates the account, gives its roles and sends the invitation, each step undone if a later one fails. */
    private Invited inviteInKeycloak(Compensations steps, String bodyCode, String fullName, String email, Assignment assignment) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        String[] names = splitName(fullName);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(StaffDirectory.BODY, bodyCode);
        attributes.putAll(scope(code(assignment.orgUnit()), code(assignment.ward())));
        String id = directory.create(new NewAccount(address, names[0], names[1], attributes));
        steps.step(() -> { }, () -> directory.delete(id));
        steps.step(() -> directory.grant(id, assignment.roles()), () -> { });
        steps.step(() -> directory.sendInvitation(id), () -> { });
        var account = new Account(id, address, address, names[0], names[1], true, List.of(StaffDirectory.UPDATE_PASSWORD),
                Map.of(StaffDirectory.BODY, List.of(bodyCode)));
        return new Invited(id, address, account.fullName(), member(account, assignment.roles(), assignment.orgUnit(), assignment.ward()));
    }

    private void auditInvitation(Invited invited, String bodyCode, Assignment assignment) {
        audit.record(AUDIT_TYPE, invited.id(), "invited", AuditLog.changes()
                .field("username", null, invited.address())
                .field("fullName", null, invited.fullName())
                .field("body", null, bodyCode)
                .field("roles", null, ordered(assignment.roles()))
                .field("orgUnit", null, code(assignment.orgUnit()))
                .field("ward", null, code(assignment.ward())));
    }

    /**
     * The roles asked for, each one a body's role; a unit for role unit (one of the body's or a shared one), a ward,
     * commune or village of the body's area for role ward. Every wrong field named at once.
     */
    private Assignment assignment(OrgUnit body, List<String> roles, String orgUnitCode, String wardCode) {
        List<Violation> wrong = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i) == null ? "" : roles.get(i).trim();
            if (BODY_ROLES.contains(role)) {
                asked.add(role);
            } else {
                wrong.add(new Violation("roles[" + i + "]", "staff.role-not-allowed", role));
            }
        }
        OrgUnit unit = null;
        String unitCode = blankToNull(orgUnitCode);
        if (unitCode != null) {
            unit = registry.unitsFor(body).stream().filter(u -> u.code().equals(unitCode)).findFirst().orElse(null);
            if (unit == null) {
                wrong.add(new Violation("orgUnitCode", "staff.org-unit-not-in-body", unitCode, body.name()));
            }
        } else if (asked.contains(Role.UNIT_ID)) {
            wrong.add(new Violation("orgUnitCode", "staff.org-unit-required"));
        }
        OrgUnit ward = null;
        String wardCodeAsked = blankToNull(wardCode);
        if (wardCodeAsked != null) {
            ward = registry.wardsFor(body).stream().filter(u -> u.code().equals(wardCodeAsked)).findFirst().orElse(null);
            if (ward == null) {
                wrong.add(new Violation("wardCode", "staff.ward-not-in-area", wardCodeAsked, body.name()));
            }
        } else if (asked.contains(Role.WARD_ID)) {
            wrong.add(new Violation("wardCode", "staff.ward-required"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return new Assignment(Set.copyOf(asked), unit, ward);
    }

    /** Family and middle names, then the given name: the realm's first and last name, the Vietnamese way round. */
    static String[] splitName(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        String given = words[words.length - 1];
        String family = words.length == 1 ? null : String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        return new String[] {family, given};
    }

    private StaffMember member(Account account, Set<String> roles) {
        OrgUnit unit = account.attribute(StaffDirectory.ORG_UNIT).flatMap(orgUnits::find).orElse(null);
        OrgUnit ward = account.attribute(StaffDirectory.WARD).flatMap(orgUnits::find).orElse(null);
        return member(account, roles, unit, ward, account.attribute(StaffDirectory.ORG_UNIT), account.attribute(StaffDirectory.WARD));
    }

    private StaffMember member(Account account, Set<String> roles, OrgUnit unit, OrgUnit ward) {
        return member(account, roles, unit, ward, Optional.ofNullable(code(unit)), Optional.ofNullable(code(ward)));
    }

    private StaffMember member(Account account, Set<String> roles, OrgUnit unit, OrgUnit ward, Optional<String> unitCode,
            Optional<String> wardCode) {
        // A code the org tree does not know (set by hand in Keycloak) is shown as it is.
        OrgUnitRef unitRef = unit != null ? OrgUnitRef.of(unit) : unitCode.map(c -> new OrgUnitRef(c, c)).orElse(null);
        OrgUnitRef wardRef = ward != null ? OrgUnitRef.of(ward) : wardCode.map(c -> new OrgUnitRef(c, c)).orElse(null);
        Account versioned = new Account(account.id(), account.username(), account.email(), account.firstName(), account.lastName(),
                account.enabled(), account.requiredActions(), withScope(account, unitRef, wardRef));
        return new StaffMember(account.id(), account.username(), account.fullName(), account.email(), ordered(roles), unitRef, wardRef,
                account.enabled(), !account.requiredActions().isEmpty(), account.requiredActions(), version(versioned, roles));
    }

    private static Map<String, List<String>> withScope(Account account, OrgUnitRef unit, OrgUnitRef ward) {
        Map<String, List<String>> attributes = new LinkedHashMap<>(account.attributes());
        attributes.remove(StaffDirectory.ORG_UNIT);
        attributes.remove(StaffDirectory.WARD);
        if (unit != null) {
            attributes.put(StaffDirectory.ORG_UNIT, List.of(unit.code()));
        }
        if (ward != null) {
            attributes.put(StaffDirectory.WARD, List.of(ward.code()));
        }
        return attributes;
    }

    /**
     * A person's version, for If-Match: Keycloak keeps none, so it is a checksum of what an administrator edits (roles,
     * unit, ward, enabled). Two administrators editing one person: the second is told the person changed.
     */
    static long version(Account account, Set<String> roles) {
        var crc = new CRC32();
        String state = ordered(roles) + "|" + account.attribute(StaffDirectory.ORG_UNIT).orElse("") + "|"
                + account.attribute(StaffDirectory.WARD).orElse("") + "|" + account.enabled();
        crc.update(state.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static Set<String> bodyRoles(Set<String> realmRoles) {
        Set<String> roles = new TreeSet<>(realmRoles);
        roles.retainAll(BODY_ROLES);
        return roles;
    }

    private static List<String> ordered(Set<String> roles) {
        return ROLE_ORDER.stream().filter(roles::contains).toList();
    }

    private static Map<String, String> scope(String orgUnit, String ward) {
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put(StaffDirectory.ORG_UNIT, orgUnit);
        scope.put(StaffDirectory.WARD, ward);
        return scope;
    }

    private static String code(OrgUnit unit) {
        return unit == null ? null : unit.code();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
