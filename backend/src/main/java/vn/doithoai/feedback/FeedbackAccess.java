package vn.doithoai.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.ForbiddenException;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnitIds;
import vn.doithoai.privacy.readlog.ReadLog;

/**
 * Who may see which feedback items, per object: staff within their body (and the bodies it oversees, read only), there
 * the office and the chair all of them, unit staff the items assigned to their unit, a ward officer their ward's; a
 * citizen their own, whatever the body; anyone else only by tracking code. An item out of scope does not exist for the
 * caller (404); lists simply leave it out. An overseeing office reads and never changes (403).
 */
@RequestScoped
public class FeedbackAccess {

    /**
     * How the caller enters items: as a citizen (anonymous or logged in), as a ward officer, as the office, or as a partner
     * system sending what it received (the province's feedback portal, ...).
     */
    enum Intake {
        PUBLIC, WARD, OFFICE, PARTNER
    }

    /**
     * The rows a caller's lists are limited to: a condition on feedback_item f and its parameters; null for the
     * installation's administrator. {@code bodies}: when the condition is only "of these bodies" (the office's and the
     * chair's lists), their ids in order, so that a list may read each body's own index; null otherwise.
     */
    record Scope(String condition, List<Object> params, boolean ownItems, List<Long> bodies) {

        Scope(String condition, List<Object> params, boolean ownItems) {
            this(condition, params, ownItems, null);
        }

        /** The items of these bodies (none: no item at all). */
        static Scope bodies(Set<Long> bodies) {
            if (bodies.isEmpty()) {
                return NOTHING;
            }
            List<Long> ids = List.copyOf(new TreeSet<>(bodies));
            return new Scope("f.body_id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", List.copyOf(ids), false,
                    ids);
        }

        /** The body is the whole condition. */
        boolean bodyOnly() {
            return bodies != null;
        }

        /** Both conditions. */
        Scope and(Scope other) {
            List<Object> both = new ArrayList<>(params);
            both.addAll(other.params);
            return new Scope(condition + " and " + other.condition, both, ownItems || other.ownItems);
        }

        static Scope column(String column, Object value) {
            return new Scope("f." + column + " = ?", List.of(value), false);
        }

        /** A citizen's own items, merged ones included: the primary they were merged into may not be theirs to read. */
        static Scope own(String account) {
            return new Scope("f.account = ?", List.of(account), true);
        }

        /** The unit's items: those it leads and those it coordinates. */
        static Scope unit(long unitId) {
            return new Scope("(f.unit_id = ? or exists (select 1 from feedback_coordinating_unit c where c.feedback_id = f.id "
                    + "and c.unit_id = ?))", List.of(unitId, unitId), false);
        }
    }

    /** Matches no row: a scoped role whose token lacks its claim sees nothing rather than everything. */
    private static final Scope NOTHING = new Scope("f.id = ?", List.of(-1L), false);

    @Inject
    CurrentUser user;

    @Inject
    ReadLog readLog;

    @Inject
    OrgUnitIds orgUnitIds;

    @Inject
    BodyScope bodies;

    public boolean isOffice() {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CHAIR);
    }

    Intake intake() {
        if (user.hasRole(Role.SECRETARIAT)) {
            return Intake.OFFICE;
        }
        if (user.hasRole(Role.WARD)) {
            return Intake.WARD;
        }
        if (user.isPartner()) {
            if (user.hasScope(PartnerScope.FEEDBACK_WRITE)) {
                return Intake.PARTNER;
            }
            throw new ForbiddenException();
        }
        if (user.isAnonymous() || user.hasRole(Role.CITIZEN)) {
            return Intake.PUBLIC;
        }
        throw new ForbiddenException();
    }

    Scope scope() {
        if (user.hasRole(Role.CITIZEN) && !isStaff()) {
            return Scope.own(user.username());
        }
        Set<Long> readable = bodies.readable();
        Scope body = readable == null ? null : Scope.bodies(readable);
        if (isOffice() || readsAsOffice()) {
            return body;
        }
        Scope within;
        if (user.hasRole(Role.WARD)) {
            within = user.wardCode().flatMap(orgUnitIds::find).map(id -> Scope.column("ward_id", id)).orElse(NOTHING);
        } else if (user.hasRole(Role.UNIT)) {
            within = user.orgUnitCode().flatMap(orgUnitIds::find).map(Scope::unit).orElse(NOTHING);
        } else {
            return NOTHING;
        }
        return body == null ? within : within.and(body);
    }

    /** Staff roles, which act within a body; citizens act on their own items wherever they are. */
    private boolean isStaff() {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CHAIR) || user.hasRole(Role.UNIT) || user.hasRole(Role.WARD)
                || user.hasRole(Role.ADMIN) || user.hasRole(Role.INTEGRATION);
    }

    boolean canSee(FeedbackItem item) {
        if (isStaff() && !bodies.mayRead(item.bodyId)) {
            return false;
        }
        if (isOffice() || readsAsOffice()) {
            return true;
        }
        if (user.hasRole(Role.WARD)) {
            return is(item.ward, user.wardCode().orElse(null));
        }
        if (user.hasRole(Role.UNIT)) {
            return item.involves(user.orgUnitCode().orElse(null));
        }
        return isOwn(item);
    }

    void requireVisible(FeedbackItem item) {
        if (!canSee(item)) {
            throw DomainException.notFound("feedback.not-found", item.id);
        }
    }

    /**
     * The item may be changed by the caller: it exists for them (404 otherwise), and, for staff, it is of their own body:
     * an overseeing office reads and never changes (403).
     */
    void requireChangeable(FeedbackItem item) {
        requireVisible(item);
        if (isStaff()) {
            bodies.requireWritable(item.bodyId, DomainException.notFound("feedback.not-found", item.id));
        }
    }

    /** A partner system with feedback:read reads its body's items as the office does; what it may see inside them is less. */
    private boolean readsAsOffice() {
        return user.hasScope(PartnerScope.FEEDBACK_READ);
    }

    /** The client id of the partner system sending items (their channel), null for people. */
    String partnerClientId() {
        return user.partnerClientId().orElse(null);
    }

    /**
     * The sender's name and contact: the office, the item's own ward officer and the sender; a partner system only with
     * the personal-data scope.
     */
    /** The sender's contact fields are shown with an item of a plan: a read of them. */
    void contactShown(long planId, String phone, String email) {
        if (phone != null || email != null) {
            readLog.contactShownForPlan(planId);
        }
    }

    boolean canSeeSubmitter(FeedbackItem item) {
        return canSeeSubmitter(item.ward == null ? null : item.ward.code(), item.account);
    }

    /** The same for a list row: the item's ward code and account. */
    boolean canSeeSubmitter(String itemWardCode, String itemAccount) {
        return isOffice() || user.hasScope(PartnerScope.PERSONAL_DATA) || user.hasRole(Role.WARD) && is(itemWardCode, user.wardCode().orElse(null)) || isOwn(itemAccount);
    }

    /** Drafts and the review around them: the unit (on its own items), the office and the chair. */
    boolean canSeeAnswerDraft(FeedbackItem item) {
        return canSeeAnswerDraft(item.unit == null ? null : item.unit.code());
    }

    /** The same for a list row: the code of the item's unit. */
    boolean canSeeAnswerDraft(String itemUnitCode) {
        return isOffice() || user.hasRole(Role.UNIT) && is(itemUnitCode, user.orgUnitCode().orElse(null));
    }

    /** Only the lead unit drafts the answer; a coordinating unit reads the item. */
    boolean isLeadUnit(FeedbackItem item) {
        return user.hasRole(Role.UNIT) && is(item.unit, user.orgUnitCode().orElse(null));
    }

    /** Who attaches files at all, before any item is looked at: the office, ward officers and citizens (and anonymous senders). */
    boolean attachesFiles() {
        return user.isAnonymous() || user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.WARD) || user.hasRole(Role.CITIZEN);
    }

    /** Photos and PDFs: the sender (logged in), the item's own ward officer and the office; anonymous senders by code. */
    boolean canAttach(FeedbackItem item) {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.WARD) && is(item.ward, user.wardCode().orElse(null)) || isOwn(item);
    }

    boolean isAnonymous() {
        return user.isAnonymous();
    }

    boolean has(Role role) {
        return user.hasRole(role);
    }

    String wardCode() {
        return user.wardCode().orElse(null);
    }

    /** The logged-in citizen's account, which follows their items; null for anyone else. */
    String citizenAccount() {
        return !user.isAnonymous() && user.hasRole(Role.CITIZEN) ? user.username() : null;
    }

    String username() {
        return user.username();
    }

    /** The logged-in citizen who sent the item. */
    boolean isOwnItem(FeedbackItem item) {
        return isOwn(item);
    }

    private boolean isOwn(FeedbackItem item) {
        return isOwn(item.account);
    }

    private boolean isOwn(String itemAccount) {
        return itemAccount != null && itemAccount.equals(citizenAccount());
    }

    private static boolean is(OrgUnit unit, String code) {
        return unit != null && is(unit.code(), code);
    }

    private static boolean is(String unitCode, String code) {
        return unitCode != null && code != null && unitCode.equals(code);
    }
}
