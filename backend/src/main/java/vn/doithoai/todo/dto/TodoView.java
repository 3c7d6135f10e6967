package vn.doithoai.todo.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.todo.TodoKind;

/** "Việc của tôi": what waits for the caller, in each of their roles. */
@Schema(name = "Todo")
public record TodoView(@Schema(required = true, description = "Today, in Vietnam: the day the counts and days left are of") LocalDate today,
        @Schema(required = true, description = "By role (admin, secretariat, chair, unit, ward), then as listed") List<Entry> entries) {

    @Schema(name = "TodoEntry")
    public record Entry(
            @Schema(required = true, description = "The role it is asked of: admin, secretariat, chair, unit or ward") String role,
            @Schema(required = true) TodoKind kind,
            @Schema(required = true, nullable = true, description = "How many wait: the total of the list the link opens (link.api with "
                    + "link.query); null for an action or a deadline, which is not a list") Long count,
            @Schema(required = true) Link link,
            @Schema(required = true, description = "Why it is there, in the caller's language, with dates in working days where they apply") String reason,
            @Schema(required = true, nullable = true) LocalDate dueDate,
            @Schema(required = true, nullable = true, description = "Working days from today to dueDate; negative once past") Integer workingDaysLeft,
            @Schema(required = true, nullable = true, description = "The plan it is about, when one") Plan plan) {
    }

    /**
     * Where the entry leads, structured: the app's route and its query; the list operation with the same query gives the
     * count. The UI makes {@code path?query} of it; other clients call {@code api?query}.
     */
    @Schema(name = "TodoLink")
    public record Link(@Schema(required = true, description = "The app's route, e.g. /feedback") String path,
            @Schema(required = true, description = "Query parameters of the route, the same as the list operation's") Map<String, String> query,
            @Schema(required = true, nullable = true, description = "The list operation whose total is the count, e.g. /api/v1/feedback") String api) {
    }

    @Schema(name = "TodoPlan")
    public record Plan(@Schema(required = true) long id, @Schema(required = true) String title,
            @Schema(required = true, nullable = true) LocalDate sessionDate) {
    }
}
