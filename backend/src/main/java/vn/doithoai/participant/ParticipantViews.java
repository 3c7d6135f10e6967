package vn.doithoai.participant;

import java.time.Instant;
import java.time.OffsetDateTime;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.participant.dto.InvitationBatchView;
import vn.doithoai.participant.dto.ParticipantView;
import vn.doithoai.participant.dto.PersonView;
import vn.doithoai.participant.dto.PublicParticipant;
import vn.doithoai.privacy.readlog.ReadLog;

/** Participants into their DTOs, with what the caller may not see left out. */
final class ParticipantViews {

    private ParticipantViews() {
    }

    static ParticipantView of(Participation p, ParticipantAccess access) {
        Person person = p.person;
        boolean contact = access.canSeeContact(person);
        if (contact && hasContact(person)) {
            access.readLog().contactShownForPlan(p.plan.id());
        }
        boolean named = access.canSeeName(p);
        return new ParticipantView(p.id, person.id, named ? person.fullName : access.anonymousName(person),
                named ? person.fullName : null, named ? person.title : null, ref(person.organisation), ref(person.ward),
                named ? ref(person.village) : null,
                contact ? person.phone : null, contact ? person.email : null, contact ? person.address : null, contact,
                person.namePublic, p.kind, p.level, p.group == null ? null : p.group.id(), p.source,
                named ? p.matter : null,
                p.invitation == null ? null : new ParticipantView.InvitationRef(p.invitation.id, p.invitation.number,
                        p.invitation.issuedOn, p.invitation.channel, p.invitation.late),
                p.rsvp, local(p.rsvpAt), contact ? p.rsvpNote : null, local(p.checkedInAt), contact ? p.token : null, p.version);
    }

    static PublicParticipant published(Participation p, ParticipantAccess access) {
        Person person = p.person;
        boolean named = !p.isCitizen() || person.namePublic;
        return new PublicParticipant(named ? person.fullName : access.anonymousName(person), named ? person.title : null,
                person.organisation == null ? null : person.organisation.name(), person.ward == null ? null : person.ward.name(),
                p.kind, p.level);
    }

    /** A person of the register, with their contact fields: a read of them (for the register's body). */
    static PersonView person(Person p, ReadLog readLog) {
        if (hasContact(p)) {
            readLog.contactShownForBody(p.bodyId());
        }
        return new PersonView(p.id, p.fullName, p.title, ref(p.organisation), ref(p.ward), ref(p.village), p.phone, p.email,
                p.address, p.notes, p.namePublic);
    }

    static InvitationBatchView batch(InvitationBatch b, long participantCount) {
        return new InvitationBatchView(b.id, b.number, b.issuedOn, b.channel, participantCount, b.deadline, b.late,
                b.overrideReason, b.createdBy, local(b.createdAt));
    }

    static OrgUnitRef ref(OrgUnit unit) {
        return unit == null ? null : OrgUnitRef.of(unit);
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Clocks.VIETNAM).toOffsetDateTime();
    }

    /** Whether the person has a contact field to show: a phone, an e-mail or an address. */
    static boolean hasContact(Person p) {
        return p.phone != null || p.email != null || p.address != null;
    }
}
