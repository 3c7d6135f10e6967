package vn.doithoai.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of a plan-scoped feature that reads or writes the database without asking its feature's Access class,
 * and says why that is safe: it works for no signed-in user (a scheduled job, the mail outbox, a token in an
 * invitation link), or it only ever receives objects its callers have already loaded through an Access class.
 *
 * <p>The architecture test lets such a class through only with this mark and a reason, so every exception to "scope is
 * decided in one place per feature" is written down where the next reader meets it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ScopeDecidedElsewhere {

    /** Why this class needs no Access class of its own, in the feature's terms. */
    String value();
}
