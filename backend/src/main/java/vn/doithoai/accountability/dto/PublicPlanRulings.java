package vn.doithoai.accountability.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.paging.Page;

/** A published plan's issued rulings, one page of those matching the search. */
@Schema(name = "PublicPlanRulings")
public record PublicPlanRulings(@Schema(required = true) AccountabilityPlan plan, @Schema(required = true) Page<PublicRuling> rulings) {
}
