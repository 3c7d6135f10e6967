package vn.doithoai.common.time;

import java.time.temporal.TemporalAccessor;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link SupportedDate}; the years in the message come from {@link SupportedDates}, not from the bundle. */
public class SupportedDateValidator implements ConstraintValidator<SupportedDate, TemporalAccessor> {

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null || SupportedDates.covers(value)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("first", Integer.toString(SupportedDates.FIRST_YEAR))
                .addMessageParameter("last", Integer.toString(SupportedDates.LAST_YEAR));
        return false;
    }
}
