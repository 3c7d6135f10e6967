package vn.doithoai.privacy.readlog;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

/** The personal data one request has read so far: what, how many records, and whose (bodies and plans). */
@RequestScoped
public class ReadsOfRequest {

    /** A body's data, of one of its plans or of its register. */
    record Scope(Long bodyId, Long planId) {
    }

    private PersonalDataRead what;
    private int records;
    private final Set<Scope> scopes = new LinkedHashSet<>();

    void note(PersonalDataRead read, Long bodyId, Long planId) {
        what = read.strongest(what);
        records++;
        scopes.add(new Scope(bodyId, planId));
    }

    boolean any() {
        return what != null;
    }

    PersonalDataRead what() {
        return what;
    }

    int records() {
        return records;
    }

    Set<Scope> scopes() {
        return scopes;
    }
}
