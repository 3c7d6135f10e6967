package vn.doithoai.plantemplate.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plantemplate.PlanTemplate;
import vn.doithoai.plantemplate.TemplateContent;

@Schema(name = "PlanTemplate")
public record PlanTemplateView(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) PlanLevel level,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) TemplateContent content,
        @Schema(required = true) long version) {

    public static PlanTemplateView of(PlanTemplate t) {
        return new PlanTemplateView(t.code(), t.name(), t.level(), t.description(), t.content(), t.version());
    }
}
