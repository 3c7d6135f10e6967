package vn.doithoai.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.BodyRegistry;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.staff.StaffDirectory.Account;

/**
 * Who administers whose people: the installation's administrator (role admin, no body) every body's, a body's
 * administrator (role admin with a body) their own body's only. Another body, and anyone of another body, does not
 * exist for a body's administrator (404, as another body's plan does for its staff); nobody else administers anyone.
 * The one place staff administration decides it.
 */
@RequestScoped
public class StaffAccess {

    @Inject
    CurrentUser user;

    @Inject
    BodyScope scope;

    @Inject
    BodyRegistry registry;

    @Inject
    StaffDirectory directory;

    /** The body of this code, when the caller administers its people. */
    public OrgUnit administered(String code) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "staff.administrators-only");
        }
        OrgUnit body = registry.find(code).orElseThrow(() -> bodyNotFound(code));
        if (scope.isInstallationAdmin() || user.bodyCode().filter(body.code()::equals).isPresent()) {
            return body;
        }
        throw bodyNotFound(code);
    }

    /** Founding bodies is the installation's: a body's administrator administers only their own. */
    public void requireInstallationAdmin() {
        if (!scope.isInstallationAdmin()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "staff.installation-admin-only");
        }
    }

    /** The person of this id in the body; someone of another body, or of none, is not found. */
    public Account member(OrgUnit body, String id) {
        return directory.find(id).filter(a -> a.attribute(StaffDirectory.BODY).filter(body.code()::equals).isPresent())
                .orElseThrow(() -> DomainException.notFound("staff.member-not-found"));
    }

    /** Whether the account is the caller's own. */
    public boolean isSelf(Account account) {
        return user.subject().filter(account.id()::equals).isPresent();
    }

    private static DomainException bodyNotFound(String code) {
        return DomainException.notFound("staff.body-not-found", code);
    }
}
