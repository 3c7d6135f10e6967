package vn.doithoai.privacy.readlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;

/**
 * Where the places that show or hand out a citizen's personal data say so. A request's notes become exactly one
 * read-log entry when it succeeds (ReadLogWriter), however many records or places it touched; work outside a request
 * (a scheduled job, a mail) shows nothing to anyone and is not noted.
 */
@ApplicationScoped
public class ReadLog {

    @Inject
    ReadsOfRequest reads;

    /** A record of a plan, with a person's contact fields, was shown. */
    public void contactShownForPlan(long planId) {
        note(PersonalDataRead.CONTACT_FIELDS, null, planId);
    }

    /** A person of a body's register (or the installation's, bodyId null) was shown with their contact fields. */
    public void contactShownForBody(Long bodyId) {
        note(PersonalDataRead.CONTACT_FIELDS, bodyId, null);
    }

    /** Personal data of a plan's records left the screen: an export, a download. */
    public void readForPlan(PersonalDataRead what, long planId) {
        note(what, null, planId);
    }

    /** Personal data was read as a whole (a search, an export): whose it was, the records shown say. */
    public void read(PersonalDataRead what) {
        note(what, null, null);
    }

    private void note(PersonalDataRead what, Long bodyId, Long planId) {
        if (Arc.container().requestContext().isActive()) {
            reads.note(what, bodyId, planId);
        }
    }
}
