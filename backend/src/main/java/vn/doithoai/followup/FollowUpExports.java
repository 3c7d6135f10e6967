package vn.doithoai.followup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import vn.doithoai.common.export.Exports;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.common.paging.Page;
import vn.doithoai.followup.dto.FollowUpView;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.dto.RulingView;

/**
 * The followed rulings as a file: the follow-up list's own search ({@link FollowUpSearch}) with its filters and the
 * caller's scope, page by page, each ruling's standing and working days as every list shows them
 * ({@link RulingDeadline}).
 */
@ApplicationScoped
@ScopeDecidedElsewhere("Every row comes from the follow-up list's own search, scoped by FollowUpAccess; only clears what a page has read")
public class FollowUpExports {

    static final String PAGE = "100";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("no", "plan", "number", "type", "content", "lead", "coordinating", "escalated-to",
            "due", "standing", "late", "left", "percent", "latest", "resolved-on", "reason");

    @Inject
    FollowUpSearch search;

    @Inject
    Messages messages;

    @Inject
    EntityManager em;

    public Response export(FollowUpSearch.Filter filter, Exports.Format format, Locale locale) {
        // The first page before any byte: a bad filter is a problem, not a broken file.
        Page<FollowUpView> first = search.list(filter, null, PAGE);
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "export.rulings." + c)).toList();
        return Exports.stream(format, messages.get(locale, "export.rulings.file"), messages.get(locale, "export.rulings.title"), headers,
                out -> {
                    Page<FollowUpView> page = first;
                    int n = 0;
                    while (true) {
                        for (FollowUpView v : page.items()) {
                            out.row(row(++n, v, locale));
                        }
                        if (page.nextCursor() == null) {
                            break;
                        }
                        // The rulings of the page read so far are done with: the next page does not pile onto them.
                        em.clear();
                        page = search.list(filter, page.nextCursor(), PAGE);
                    }
                });
    }

    private List<String> row(int n, FollowUpView v, Locale locale) {
        RulingView r = v.ruling();
        RulingDeadline d = r.deadline();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Integer.toString(n));
        row.add(v.planCode());
        row.add(Integer.toString(r.number()));
        row.add(messages.get(locale, "enum.RulingType." + r.type()));
        row.add(r.content());
        row.add(r.leadUnit() == null ? null : r.leadUnit().name());
        row.add(r.coordinatingUnits().stream().map(OrgUnitRef::name).collect(Collectors.joining("; ")));
        row.add(r.escalatedTo());
        row.add(r.dueDate() == null ? null : r.dueDate().format(DAY));
        row.add(d == null ? null : standing(d, locale, messages));
        row.add(d == null || d.workingDaysLate() == null ? null : d.workingDaysLate().toString());
        row.add(d == null || d.workingDaysLeft() == null ? null : d.workingDaysLeft().toString());
        row.add(Integer.toString(r.progressPercent()));
        row.add(r.progressNote());
        row.add(r.resolvedOn() == null ? null : r.resolvedOn().format(DAY));
        row.add(r.cannotResolveReason());
        return row;
    }

    /** "Quá hạn 7 ngày làm việc", "Chưa thực hiện": the words every list uses for a standing. */
    static String standing(RulingDeadline d, Locale locale, Messages messages) {
        return messages.get(locale, "enum.RulingStanding." + d.standing(), d.workingDaysLate());
    }
}
