package vn.doithoai.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.LayoutPdf;

/**
 * The plan as Word and PDF ({@link PlanPaper}), made from the plan as it stands each time it is asked for: a draft
 * prints as a draft for the chair to read on paper, an approved plan as the paper to sign. Whoever may read the plan
 * may have its paper; another body's plan does not exist (404).
 */
@ApplicationScoped
public class PlanDocuments {

    @Inject
    PlanAccess access;

    @Transactional
    public byte[] docx(long planId) {
        Plan plan = access.readable(planId);
        return DocxWriter.write(Layout.Page.DECREE_30, PlanPaper.blocks(plan), PlanPaper.title(plan));
    }

    @Transactional
    public byte[] pdf(long planId) {
        Plan plan = access.readable(planId);
        return LayoutPdf.write(Layout.Page.DECREE_30, PlanPaper.blocks(plan), PlanPaper.title(plan));
    }

    /** "ke-hoach-61-KH-ThU.docx", or by id while the plan has no number. */
    @Transactional
    public String fileName(long planId, String extension) {
        Plan plan = access.readable(planId);
        String name = plan.number == null ? String.valueOf(plan.id)
                : (plan.number + (plan.symbol == null ? "" : "-" + plan.symbol)).replaceAll("[^0-9A-Za-z-]+", "-");
        return "ke-hoach-" + name + "." + extension;
    }
}
