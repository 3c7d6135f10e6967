package vn.doithoai.minutes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.LayoutPdf;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.minutes.dto.MinutesView;
import vn.doithoai.plan.Plan;

/**
 * The finalised minutes as Word and PDF, from the version's own text: a finalised version never changes, so the
 * files made from it are the same every time and need not be kept.
 */
@ApplicationScoped
public class MinutesDocuments {

    @Inject
    MinutesService minutes;

    @Inject
    MinutesAssembly assembly;

    @Inject
    MinutesAccess access;

    public byte[] docx(long planId, long minutesId) {
        Minutes m = minutes.finalised(planId, minutesId);
        return DocxWriter.write(Layout.Page.DECREE_30, blocks(m, assembly.sessionStarted(m.plan)), title(m));
    }

    public byte[] pdf(long planId, long minutesId) {
        Minutes m = minutes.finalised(planId, minutesId);
        return LayoutPdf.write(Layout.Page.DECREE_30, blocks(m, assembly.sessionStarted(m.plan)), title(m));
    }

    /**
     * Issued by the plan's issuing body, dated the day the session was held (when the minutes were signed): the
     * session record's start, which differs from the planned day when the session was moved at short notice.
     */
    private java.util.List<Layout.Block> blocks(Minutes m, Instant started) {
        Plan plan = m.plan;
        Instant at = started != null ? started : plan.sessionAt() != null ? plan.sessionAt() : m.finalisedAt;
        LocalDate day = at.atZone(Clocks.VIETNAM).toLocalDate();
        MinutesView view = access.shown(MinutesService.view(m));
        return MinutesPaper.blocks(view, OfficialPaper.Issuer.of(plan.issuingUnit(), plan.issuingBodyName()),
                OfficialPaper.placeAndDate(plan.issuingUnit(), day));
    }

    private static String title(Minutes m) {
        return "Biên bản hội nghị đối thoại — " + m.plan.title() + " (bản " + m.versionNo + ")";
    }
}
