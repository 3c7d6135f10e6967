package vn.doithoai.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.inbox.Inbox;
import vn.doithoai.inbox.Inbox.Audience;
import vn.doithoai.inbox.InboxKind;
import vn.doithoai.inbox.InboxSubject;
import vn.doithoai.orgunit.OrgUnit;

/**
 * What an item's change tells the people whose desk it reaches, under the bell: every change passes through
 * {@link FeedbackService#changed}, one at a time or in bulk, and is told here in the same transaction.
 */
@ApplicationScoped
class FeedbackInbox {

    @Inject
    Inbox inbox;

    void changed(FeedbackItem item, String action, Map<String, Object> before) {
        switch (action) {
            case "assigned" -> {
                // Only the units new to the item: assigning it again to the same units tells nobody anything.
                List<Audience> to = new ArrayList<>();
                for (OrgUnit unit : units(item)) {
                    if (!unit.code().equals(before.get("unit")) && !(before.get("coordinatingUnits") instanceof List<?> was
                            && was.contains(unit.code()))) {
                        to.add(Audience.unit(item.bodyId, unit.id()));
                    }
                }
                inbox.notify(InboxKind.ASSIGNED, about(item), to);
            }
            case "answer-returned-to-unit" -> inbox.notify(InboxKind.RETURNED, about(item), List.of(Audience.unit(item.bodyId, item.unit.id())));
            case "answer-returned-to-office" -> inbox.notify(InboxKind.RETURNED, about(item), List.of(Audience.office(item.bodyId)));
            case "answer-approved" -> {
                List<Audience> to = new ArrayList<>(List.of(Audience.office(item.bodyId)));
                if (item.unit != null) {
                    to.add(Audience.unit(item.bodyId, item.unit.id()));
                }
                inbox.notify(InboxKind.APPROVED, about(item), to);
            }
            default -> {
                // Other changes are the reader's own doing or reach nobody's desk.
            }
        }
    }

    private static List<OrgUnit> units(FeedbackItem item) {
        List<OrgUnit> units = new ArrayList<>();
        if (item.unit != null) {
            units.add(item.unit);
        }
        units.addAll(item.coordinatingUnits);
        return units;
    }

    private static Inbox.About about(FeedbackItem item) {
        return new Inbox.About(InboxSubject.FEEDBACK, item.id, item.plan.id(), item.title != null ? item.title : item.content, null);
    }
}
