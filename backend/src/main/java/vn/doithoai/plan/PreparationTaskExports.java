package vn.doithoai.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import vn.doithoai.common.export.Exports;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.plan.dto.PreparationTaskListItem;

/**
 * The preparation tasks across plans as a file: the list's own search ({@link PreparationTaskSearch}) with its filters
 * and the caller's bodies, page by page while the file is written.
 */
@ApplicationScoped
@ScopeDecidedElsewhere("Every row comes from the task list's own search, scoped by PlanAccess; only clears what a page has read")
public class PreparationTaskExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("no", "plan", "plan-title", "body", "task", "owner", "due", "status", "done-on");

    @Inject
    PreparationTaskSearch search;

    @Inject
    Messages messages;

    @Inject
    EntityManager em;

    public Response export(PreparationTaskSearch.Filter filter, Exports.Format format, Locale locale) {
        // The first page before any byte: a refused filter is a problem, not a broken file.
        PageRequest firstRequest = PageRequest.first(PageRequest.MAX_SIZE);
        Page<PreparationTaskListItem> first = search.list(filter, firstRequest);
        List<String> headers = COLUMNS.stream().map(c -> messages.get(locale, "export.tasks." + c)).toList();
        return Exports.stream(format, messages.get(locale, "export.tasks.file"), messages.get(locale, "export.tasks.title"), headers,
                out -> {
                    Page<PreparationTaskListItem> page = first;
                    PageRequest request = firstRequest;
                    int n = 0;
                    while (true) {
                        for (PreparationTaskListItem task : page.items()) {
                            out.row(row(++n, task, locale));
                        }
                        if (page.nextCursor() == null) {
                            break;
                        }
                        // The tasks of the page read so far are done with: the next page does not pile onto them.
                        em.clear();
                        request = request.following();
                        page = search.list(filter, request);
                    }
                });
    }

    private List<String> row(int n, PreparationTaskListItem t, Locale locale) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Integer.toString(n));
        row.add(Stream.of(t.plan().number(), t.plan().symbol()).filter(s -> s != null).collect(Collectors.joining("-")));
        row.add(t.plan().title());
        row.add(t.plan().body().name());
        row.add(t.description());
        row.add(t.owner() == null ? null : t.owner().name());
        row.add(t.dueDate() == null ? null : t.dueDate().format(DAY));
        row.add(messages.get(locale, "enum.TaskStatus." + t.status()));
        row.add(t.doneOn() == null ? null : t.doneOn().format(DAY));
        return row;
    }
}
