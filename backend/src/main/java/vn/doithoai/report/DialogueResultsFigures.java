package vn.doithoai.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the report of the dialogues' results (báo cáo kết quả đối thoại) prints and its workbook tabulates, for the
 * bodies and period asked for: the dialogues held, then the statistics service's figures on feedback and rulings,
 * labelled in Vietnamese. The paper and the workbook read only this, so both carry the same figures.
 */
public record DialogueResultsFigures(List<String> bodies, LocalDate from, LocalDate to, List<Dialogue> dialogues, Feedback feedback,
        Rulings rulings) {

    /** A dialogue held in the period: its day, plan, place, chair, and the participants registered and present. */
    public record Dialogue(LocalDate date, String plan, String number, String venue, String chair, String body, long registered,
            long present) {
    }

    /** One line of a breakdown: what is counted, in words, and how many. */
    public record Line(String label, long count) {
    }

    /** Feedback received in the period; answer times in calendar days over the items whose answer was approved. */
    public record Feedback(long total, long previousYearTotal, List<Line> byFocusArea, List<Line> byStatus, List<Line> byKind,
            List<Line> byChannel, long answered, Double medianDays, Double p90Days, long raisedBefore, long raisedBeforeOpen) {
    }

    /** Rulings of the period, their follow-up, on time or late, and those overdue today by lead unit. */
    public record Rulings(long total, List<Line> byType, List<Line> byStatus, List<Line> byFollowUp, long issued, long resolved,
            long onTime, long late, Double onTimePercent, long overdue, List<UnitOverdue> overdueByUnit) {
    }

    /** A lead unit's overdue rulings and the working days its latest is late. */
    public record UnitOverdue(String unit, long count, int maxWorkingDaysLate) {
    }
}
