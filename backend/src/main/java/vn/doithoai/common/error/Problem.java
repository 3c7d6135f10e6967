package vn.doithoai.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details; title and detail are in the caller's language")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "URI identifying the kind of problem", examples = "urn:problem-type:doithoai:validation") String type,
        @Schema(required = true, description = "Short summary of the kind of problem") String title,
        @Schema(required = true) int status,
        @Schema(description = "What went wrong in this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "One entry per invalid field (validation problems only)") List<FieldError> errors,
        @Schema(description = "What must be acknowledged before the request is sent again") List<Warning> warnings) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "ProblemWarning")
    public record Warning(
            @Schema(required = true, description = "What it is about, e.g. tasks/17") String ref,
            @Schema(required = true) String message) {
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(required = true, description = "Dotted path of the field in the request body, or the name of the query/path parameter") String field,
            @Schema(required = true) String message) {
    }
}
