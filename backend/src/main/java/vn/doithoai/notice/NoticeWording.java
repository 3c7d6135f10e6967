package vn.doithoai.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.doithoai.ruling.RulingType;

/**
 * How the notice words a ruling, by its type: resolve "Giao … chủ trì, phối hợp … hoàn thành trước ngày …", escalate
 * "Kiến nghị …", explained at the session, declined with the reason.
 */
final class NoticeWording {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the wording needs of an issued ruling. */
    record Ruling(long id, int number, RulingType type, String content, String leadUnit, List<String> coordinatingUnits,
            LocalDate dueDate, String escalatedTo, String recommendation, String reason) {
    }

    private NoticeWording() {
    }

    static String text(Ruling r) {
        return switch (r.type()) {
            case RESOLVE -> "Giao " + r.leadUnit() + " chủ trì"
                    + (r.coordinatingUnits().isEmpty() ? "" : ", phối hợp với " + String.join(", ", r.coordinatingUnits()))
                    + " " + sentenceCase(clause(r.content()), false)
                    + (r.dueDate() == null ? "" : "; hoàn thành trước ngày " + DAY.format(r.dueDate())) + ".";
            case ESCALATE -> sentence(r.content()) + " Kiến nghị " + r.escalatedTo() + " "
                    + sentenceCase(clause(r.recommendation()), false) + ".";
            case EXPLAINED -> "Đã trả lời, giải thích tại buổi đối thoại: " + sentenceCase(clause(r.content()), false) + ".";
            case DECLINED -> sentence(r.content()) + " Không xem xét giải quyết, lý do: " + sentenceCase(clause(r.reason()), false) + ".";
        };
    }

    /** A text as a sentence: trimmed and ending with a full stop. */
    static String sentence(String text) {
        String t = clause(text);
        return t.isEmpty() ? "" : sentenceCase(t, true) + ".";
    }

    /** Trimmed, without a final full stop or semicolon, so it can be continued. */
    static String clause(String text) {
        return text == null ? "" : text.strip().replaceAll("[.;,\\s]+$", "");
    }

    /** The first letter upper- or lower-cased; words such as "UBND" or "Nhân dân" keep their capitals. */
    static String sentenceCase(String text, boolean upper) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (!upper && text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        int first = text.codePointAt(0);
        int changed = upper ? Character.toUpperCase(first) : Character.toLowerCase(first);
        return new StringBuilder().appendCodePoint(changed).append(text.substring(Character.charCount(first))).toString();
    }
}
