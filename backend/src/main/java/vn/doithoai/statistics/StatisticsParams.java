package vn.doithoai.statistics;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which body and period figures are counted over, as query parameters: one definition for the statistics and the
 * reports made from them, checked by {@link StatisticsService#criteria}.
 */
public class StatisticsParams {

    @QueryParam("body")
    @Parameter(description = "Code of a body the caller reads; none: every body they read")
    String body;

    @QueryParam("from")
    @Parameter(description = "First day of the period (YYYY-MM-DD); default 1 January of the year of 'to'",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day of the period, included; default today", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    public String body() {
        return body;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
