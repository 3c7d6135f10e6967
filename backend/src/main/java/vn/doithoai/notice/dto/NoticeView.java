package vn.doithoai.notice.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.notice.NoticeDeadlineLevel;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.ruling.RulingType;

/** The conclusion notice of a plan: the draft, its deadline, the issued rulings as they will read, and the revisions. */
@Schema(name = "ConclusionNotice")
public record NoticeView(@Schema(required = true) long planId, String number, String symbol, LocalDate issuedOn, String parentBody,
        String signerName, String signerTitle, @Schema(required = true) List<String> recipients,
        @Schema(description = "the office's opening paragraph; null: the default is used") String opening,
        @Schema(required = true, description = "the opening assembled from the plan: time, place, chair, attendance") String defaultOpening,
        @Schema(description = "null when the plan has no session date or no rule for the notice") Deadline deadline,
        @Schema(required = true, description = "the issued rulings by the plan's focus areas; those on no focus area last") List<Group> groups,
        @Schema(required = true, description = "the latest generated revision, 0 before the first") int revision,
        @Schema(required = true) List<Revision> revisions, @Schema(required = true) long version) {

    /** Due by the plan's own rule ("at most 10 working days after the session"). */
    @Schema(name = "ConclusionNoticeDeadline")
    public record Deadline(@Schema(required = true) LocalDate dueDate, @Schema(required = true) DeadlineRule rule,
            @Schema(required = true, description = "working days from today to the due date; negative once overdue") int daysLeft,
            @Schema(required = true) NoticeDeadlineLevel level) {
    }

    /** A focus area's rulings; focusAreaId null: "Các nội dung khác". */
    @Schema(name = "ConclusionNoticeGroup")
    public record Group(Long focusAreaId, @Schema(required = true) String title, @Schema(required = true) List<Line> rulings) {
    }

    /** A ruling as the notice words it. */
    @Schema(name = "ConclusionNoticeLine")
    public record Line(@Schema(required = true) long rulingId, @Schema(required = true) int number, @Schema(required = true) RulingType type,
            @Schema(required = true, description = "the titles of the items it rules on") List<String> matters,
            @Schema(required = true) String text) {
    }

    @Schema(name = "ConclusionNoticeRevision")
    public record Revision(@Schema(required = true) int revision, @Schema(required = true) String number,
            @Schema(required = true) String symbol, @Schema(required = true) LocalDate issuedOn, String reason,
            @Schema(required = true) String generatedBy, @Schema(required = true) Instant generatedAt,
            @Schema(required = true) long docxSize, @Schema(required = true) long pdfSize) {
    }
}
