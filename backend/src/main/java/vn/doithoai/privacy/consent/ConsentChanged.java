package vn.doithoai.privacy.consent;

/**
 * A purpose became active or stopped for a record (fired synchronously, in the same transaction), so the feature
 * owning the record applies what follows: a person's name shown or no longer shown publicly.
 */
public record ConsentChanged(ConsentSubject subjectType, long subjectId, ConsentPurpose purpose, boolean active) {
}
