package vn.doithoai.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.privacy.consent.ConsentChanged;
import vn.doithoai.privacy.consent.ConsentPurpose;

/**
 * A person's name is public only while they consent to SHOW_NAME_PUBLICLY: the flag the public lists, the public
 * participants and the documents for the public read is written here, from the consents, and nowhere else.
 */
@ScopeDecidedElsewhere("Follows a consent recorded on a record the caller was already allowed to act on")
@ApplicationScoped
public class PersonNamePublicity {

    @Inject
    EntityManager em;

    void onChange(@Observes ConsentChanged change) {
        if (change.purpose() != ConsentPurpose.SHOW_NAME_PUBLICLY) {
            return;
        }
        switch (change.subjectType()) {
            case PERSON -> {
                Person person = em.find(Person.class, change.subjectId());
                if (person != null) {
                    person.namePublic = change.active();
                }
            }
            case PENDING_REGISTRATION -> {
                PendingRegistration registration = em.find(PendingRegistration.class, change.subjectId());
                if (registration != null) {
                    registration.namePublic = change.active();
                }
            }
            case FEEDBACK_ITEM -> {
                // A feedback item's sender is never named publicly.
            }
        }
    }
}
