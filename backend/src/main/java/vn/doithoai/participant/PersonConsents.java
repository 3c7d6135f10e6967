package vn.doithoai.participant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.privacy.consent.ConsentChannel;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;
import vn.doithoai.privacy.consent.dto.ConsentView;

/**
 * A person's consents, served by those who hold their contact: the office of their body and the ward officer of their
 * ward. Both read them; both record what the person tells them (a purpose given later, or taken back). An office
 * overseeing the person's body reads and changes nothing.
 */
@ApplicationScoped
public class PersonConsents {

    @Inject
    EntityManager em;

    @Inject
    ParticipantAccess access;

    @Inject
    BodyScope bodies;

    @Inject
    Consents consents;

    public List<ConsentView> of(long personId) {
        return consents.list(ConsentSubject.PERSON, require(personId, false).id);
    }

    @Transactional
    public List<ConsentView> give(long personId, ConsentPurpose purpose, int noticeVersion, ConsentChannel channel) {
        return consents.give(ConsentSubject.PERSON, require(personId, true).id, purpose, noticeVersion, channel);
    }

    @Transactional
    public List<ConsentView> withdraw(long personId, ConsentPurpose purpose, ConsentChannel asked) {
        return consents.withdraw(ConsentSubject.PERSON, require(personId, true).id, purpose, Consents.Giver.STAFF, asked);
    }

    /** The person, when the caller holds their contact (and, to change anything, works for their body); else unknown. */
    private Person require(long personId, boolean write) {
        Person person = em.find(Person.class, personId);
        DomainException notFound = DomainException.notFound("person.not-found", personId);
        if (person == null || person.bodyId != null && !bodies.mayRead(person.bodyId) || !access.canSee(person) || !access.canSeeContact(person)) {
            throw notFound;
        }
        // An overseeing office reads a body's people and changes nothing of theirs (403).
        if (write && person.bodyId != null) {
            bodies.requireWritable(person.bodyId, notFound);
        }
        return person;
    }
}
