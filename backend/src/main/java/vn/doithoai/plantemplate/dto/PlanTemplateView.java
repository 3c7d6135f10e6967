package vn.doithoai.plantemplate.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plantemplate.PlanTemplate;
import vn.doithoai.plantemplate.TemplateContent;

@Schema(name = "PlanTemplate")
public record PlanTemplateView(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) PlanLevel level,
        @Schema(required = true, nullable = true, description = "The body whose own template it is; null: shared by the installation") OrgUnitRef body,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) TemplateContent content,
        @Schema(required = true, description = "Whether the caller may change and delete it") boolean editable,
        @Schema(required = true) long version) {

    public static PlanTemplateView of(PlanTemplate t, boolean editable) {
        return new PlanTemplateView(t.code(), t.name(), t.level(), OrgUnitRef.ofNullable(t.body()), t.description(), t.content(),
                editable, t.version());
    }
}
