package vn.doithoai.participant;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.privacy.readlog.ReadLog;

/**
 * Who may see and change which participants, per object: the office and the chair see everyone, a ward
 * officer only the people of their ward (others do not exist for them: 404), unit staff read a masked list.
 * Contact data goes to the office, the chair and the person's own ward officer only.
 */
@RequestScoped
public class ParticipantAccess {

    @Inject
    CurrentUser user;

    @Inject
    ReadLog readLog;

    /** Where this feature's reads of personal data are noted. */
    ReadLog readLog() {
        return readLog;
    }

    @Inject
    Messages messages;

    @Inject
    PlanAccess plans;

    @Inject
    HttpHeaders headers;

    /** Văn phòng and the chair: the whole list with contact data. */
    public boolean isOffice() {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CHAIR);
    }

    /** The ward the caller is limited to, or null when not limited. A ward officer without a ward sees no one. */
    public String wardScope() {
        if (isOffice() || !user.hasRole(Role.WARD)) {
            return null;
        }
        return user.wardCode().orElse("\u0000none");
    }

    public boolean canSee(Person person) {
        String ward = wardScope();
        return ward == null || person.isInWard(ward);
    }

    /** The participant exists for this caller (a plan they reach, a person they see), or it is reported as not found. */
    public void requireVisible(Participation participation) {
        if (!plans.mayRead(participation.plan) || !canSee(participation.person)) {
            throw DomainException.notFound("participant.not-found", participation.id);
        }
    }

    public void requireVisible(Person person) {
        if (!canSee(person)) {
            throw DomainException.notFound("person.not-found", person.id);
        }
    }

    public boolean canSeeContact(Person person) {
        return isOffice() || user.hasRole(Role.WARD) && user.wardCode().map(person::isInWard).orElse(false);
    }

    /** Officials appear by name; a citizen by name only where they agreed or the caller may see their contact. */
    public boolean canSeeName(Participation participation) {
        return !participation.isCitizen() || participation.person.namePublic || canSeeContact(participation.person);
    }

    public String displayName(Participation participation) {
        return canSeeName(participation) ? participation.person.fullName : anonymousName(participation.person);
    }

    /** "Công dân phường Ba Đồn": how a citizen who did not agree to be named appears to others. */
    public String anonymousName(Person person) {
        Locale locale = messages.localeOf(headers);
        if (person.ward == null) {
            return messages.get(locale, "participant.citizen");
        }
        String ward = person.ward.name();
        return messages.get(locale, "participant.citizen-of", Character.toLowerCase(ward.charAt(0)) + ward.substring(1));
    }

    public Locale locale() {
        return messages.localeOf(headers);
    }

    public String username() {
        return user.username();
    }
}
