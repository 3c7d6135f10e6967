package vn.doithoai.common.time;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date, month or moment a client sends must fall in the years the product answers for ({@link SupportedDates}:
 * 1990–2100). Null is valid (say {@code @NotNull} where it is required). Every date field of a request body carries it;
 * SupportedDateFieldsTest fails the build for one that does not.
 */
@Documented
@Constraint(validatedBy = SupportedDateValidator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface SupportedDate {

    String message() default "{vn.doithoai.common.time.SupportedDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
