package vn.doithoai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report's figures as tables (fastexcel, no Apache POI): a summary sheet, the dialogues held, feedback and
 * rulings by each breakdown, and the overdue rulings by unit. Counts are number cells, so a spreadsheet sums them;
 * text is written as text, never as a formula.
 */
final class DialogueResultsWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DialogueResultsWorkbook() {
    }

    static byte[] write(String title, DialogueResultsFigures f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Đối Thoại", "1.0");
            summary(wb.newWorksheet("Tổng hợp"), title, f);
            dialogues(wb.newWorksheet("Cuộc đối thoại"), f.dialogues());
            Worksheet feedback = wb.newWorksheet("Ý kiến, kiến nghị");
            int row = header(feedback, 0, "Nhóm", "Nội dung", "Số lượng");
            row = lines(feedback, row, "Theo lĩnh vực", f.feedback().byFocusArea());
            row = lines(feedback, row, "Theo tình trạng xử lý", f.feedback().byStatus());
            row = lines(feedback, row, "Theo loại", f.feedback().byKind());
            lines(feedback, row, "Theo nguồn tiếp nhận", f.feedback().byChannel());
            widths(feedback, 24, 60, 12);
            Worksheet rulings = wb.newWorksheet("Kết luận");
            row = header(rulings, 0, "Nhóm", "Nội dung", "Số lượng");
            row = lines(rulings, row, "Theo loại", f.rulings().byType());
            row = lines(rulings, row, "Theo tình trạng", f.rulings().byStatus());
            lines(rulings, row, "Theo tiến độ thực hiện", f.rulings().byFollowUp());
            widths(rulings, 24, 50, 12);
            Worksheet overdue = wb.newWorksheet("Quá hạn theo đơn vị");
            row = header(overdue, 0, "Đơn vị chủ trì", "Số kết luận quá hạn", "Trễ nhiều nhất (ngày làm việc)");
            for (DialogueResultsFigures.UnitOverdue u : f.rulings().overdueByUnit()) {
                overdue.value(row, 0, u.unit());
                overdue.value(row, 1, u.count());
                overdue.value(row, 2, u.maxWorkingDaysLate());
                row++;
            }
            widths(overdue, 50, 20, 28);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void summary(Worksheet ws, String title, DialogueResultsFigures f) {
        ws.value(0, 0, title);
        ws.style(0, 0).bold().set();
        ws.value(1, 0, "Cơ quan");
        ws.value(1, 1, String.join(", ", f.bodies()));
        ws.value(2, 0, "Từ ngày");
        ws.value(2, 1, f.from());
        ws.style(2, 1).format("dd/mm/yyyy").set();
        ws.value(3, 0, "Đến ngày");
        ws.value(3, 1, f.to());
        ws.style(3, 1).format("dd/mm/yyyy").set();
        var fb = f.feedback();
        var r = f.rulings();
        Object[][] figures = {
                { "Số cuộc đối thoại đã tổ chức", (long) f.dialogues().size() },
                { "Lượt đại biểu và Nhân dân tham dự", f.dialogues().stream().mapToLong(DialogueResultsFigures.Dialogue::present).sum() },
                { "Ý kiến, kiến nghị tiếp nhận", fb.total() },
                { "Cùng kỳ năm trước", fb.previousYearTotal() },
                { "Đã có trả lời được phê duyệt", fb.answered() },
                { "Thời gian trả lời, trung vị (ngày)", fb.medianDays() },
                { "Thời gian trả lời, 90% trong vòng (ngày)", fb.p90Days() },
                { "Đã phản ánh tại kỳ trước", fb.raisedBefore() },
                { "Trong đó chưa giải quyết xong", fb.raisedBeforeOpen() },
                { "Kết luận", r.total() },
                { "Kết luận đã ban hành có thời hạn", r.issued() },
                { "Đã giải quyết xong", r.resolved() },
                { "Đúng hạn", r.onTime() },
                { "Trễ hạn", r.late() },
                { "Tỷ lệ đúng hạn (%)", r.onTimePercent() },
                { "Kết luận quá hạn đến ngày lập báo cáo", r.overdue() } };
        int row = header(ws, 5, "Chỉ tiêu", "Số liệu");
        for (Object[] line : figures) {
            ws.value(row, 0, (String) line[0]);
            if (line[1] instanceof Number n) {
                ws.value(row, 1, n);
            }
            row++;
        }
        widths(ws, 44, 40);
    }

    private static void dialogues(Worksheet ws, List<DialogueResultsFigures.Dialogue> dialogues) {
        int row = header(ws, 0, "STT", "Ngày", "Cuộc đối thoại", "Số kế hoạch", "Cơ quan", "Địa điểm", "Chủ trì", "Đăng ký", "Có mặt");
        int n = 0;
        for (DialogueResultsFigures.Dialogue d : dialogues) {
            ws.value(row, 0, ++n);
            if (d.date() != null) {
                ws.value(row, 1, d.date());
                ws.style(row, 1).format("dd/mm/yyyy").set();
            }
            text(ws, row, 2, d.plan());
            text(ws, row, 3, d.number());
            text(ws, row, 4, d.body());
            text(ws, row, 5, d.venue());
            text(ws, row, 6, d.chair());
            ws.value(row, 7, d.registered());
            ws.value(row, 8, d.present());
            row++;
        }
        widths(ws, 6, 12, 50, 14, 30, 30, 28, 10, 10);
    }

    private static int lines(Worksheet ws, int row, String group, List<DialogueResultsFigures.Line> lines) {
        for (DialogueResultsFigures.Line l : lines) {
            ws.value(row, 0, group);
            text(ws, row, 1, l.label());
            ws.value(row, 2, l.count());
            row++;
        }
        return row;
    }

    private static int header(Worksheet ws, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            ws.value(row, c, titles[c]);
            ws.style(row, c).bold().fillColor("DDEBF7").set();
        }
        return row + 1;
    }

    private static void text(Worksheet ws, int row, int column, String value) {
        if (value != null) {
            ws.value(row, column, value);
        }
    }

    private static void widths(Worksheet ws, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }
}
