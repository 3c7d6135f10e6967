package vn.doithoai.plantemplate.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plantemplate.TemplateContent;

/** What an admin writes into a template; the code and the body are set once, at creation. */
@Schema(name = "PlanTemplateDraft")
public record PlanTemplateRequest(
        @Schema(nullable = true, description = "Only when creating") @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{orgunit.code.pattern}") String code,
        @NotBlank @Size(max = 255) String name,
        @NotNull PlanLevel level,
        @Schema(nullable = true) @Size(max = 4000) String description,
        @NotNull @Valid TemplateContent content,
        @Schema(nullable = true, description = "Only when creating: the body whose own template it is. The installation's administrator "
                + "names any body, or none (shared); a body's administrator's templates are their body's (no other may be named)")
        @Size(max = 50) String bodyCode) {
}
