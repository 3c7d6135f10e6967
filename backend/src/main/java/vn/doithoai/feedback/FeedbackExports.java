package vn.doithoai.feedback;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import vn.doithoai.common.export.Exports;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.dto.FeedbackPage;
import vn.doithoai.feedback.dto.FeedbackView;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.Plan;
import vn.doithoai.privacy.readlog.PersonalDataRead;
import vn.doithoai.privacy.readlog.ReadLog;

/**
 * The feedback list as a file: the list's own search ({@link FeedbackSearch}) with the list's filters and the caller's
 * scope, read page by page while the file is written. Each row is the caller's {@link FeedbackView}, so the sender's
 * name and contact appear exactly where the list shows them (the office, the chair, the item's own ward officer) and
 * are empty for the others.
 */
@ApplicationScoped
@ScopeDecidedElsewhere("Every row comes from the feedback list's own search, scoped by FeedbackAccess; reads only the number of a row's own plan")
public class FeedbackExports {

    /** Rows read per page: the list's largest page. */
    static final String PAGE = "100";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<String> COLUMNS = List.of("no", "tracking-code", "plan", "kind", "channel", "status", "title-column", "content",
            "ward", "village", "focus-area", "unit", "coordinating-units", "priority", "submitter", "phone", "email", "received", "answer",
            "raised-before");

    @Inject
    FeedbackSearch search;

    @Inject
    Messages messages;

    @Inject
    ReadLog readLog;

    @Inject
    EntityManager em;

    public Response export(FeedbackSearch.Filter filter, Exports.Format format, Locale locale) {
        // The first page before any byte: a bad filter or a plan out of scope is a problem, not a broken file.
        FeedbackPage first = search.list(filter, null, PAGE);
        readLog.read(PersonalDataRead.EXPORT);
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "export.feedback." + c)).toList();
        Map<Long, String> planCodes = new HashMap<>();
        return Exports.stream(format, messages.get(locale, "export.feedback.file"), messages.get(locale, "export.feedback.title"), headers,
                out -> {
                    FeedbackPage page = first;
                    int n = 0;
                    while (true) {
                        for (FeedbackView v : page.items()) {
                            out.row(row(++n, v, planCodes, locale));
                        }
                        if (page.nextCursor() == null) {
                            break;
                        }
                        page = search.list(filter, page.nextCursor(), PAGE);
                    }
                });
    }

    private List<String> row(int n, FeedbackView v, Map<Long, String> planCodes, Locale locale) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Integer.toString(n));
        row.add(v.trackingCode());
        row.add(planCodes.computeIfAbsent(v.planId(), this::planCode));
        row.add(messages.get(locale, "enum.FeedbackKind." + v.kind()));
        row.add(messages.get(locale, "enum.FeedbackChannel." + v.channel()));
        row.add(messages.get(locale, "enum.FeedbackStatus." + v.status()));
        row.add(v.title());
        row.add(v.content());
        row.add(name(v.ward()));
        row.add(name(v.village()));
        row.add(v.focusArea() == null ? null : v.focusArea().title());
        row.add(name(v.unit()));
        row.add(v.coordinatingUnits().stream().map(OrgUnitRef::name).collect(Collectors.joining("; ")));
        row.add(v.priority() == null ? null : messages.get(locale, "enum.FeedbackPriority." + v.priority()));
        row.add(v.submitterName());
        row.add(v.submitterPhone());
        row.add(v.submitterEmail());
        row.add(when(v.createdAt()));
        row.add(v.answer() == null ? null : v.answer().text());
        row.add(v.raisedBeforeUnresolved() ? messages.get(locale, "export.yes") : null);
        return row;
    }

    /** "61-KH/ThU": the plan's number and symbol, read once per plan of the file. */
    private String planCode(long planId) {
        Plan plan = em.find(Plan.class, planId);
        return plan == null ? null : Stream.of(plan.number(), plan.symbol()).filter(s -> s != null).collect(Collectors.joining("-"));
    }

    private static String name(OrgUnitRef ref) {
        return ref == null ? null : ref.name();
    }

    private static String when(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Clocks.VIETNAM).format(WHEN);
    }
}
