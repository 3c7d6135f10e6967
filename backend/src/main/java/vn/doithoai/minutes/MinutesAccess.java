package vn.doithoai.minutes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;

import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.minutes.dto.MinutesView;
import vn.doithoai.participant.ParticipantService;

/**
 * Who reads which minutes, and how. The office and the chair read every version as it was written and signed. Unit
 * staff and ward officers read the finalised versions, with each citizen shown as the participant list shows them to
 * that caller: by name where they agreed to be named (or are of the officer's own ward), else "Công dân phường X". The
 * minutes are free text, so the names are replaced where they stand: in the speakers' headings and paragraphs and in
 * the citizens' signatures. The JSON and the Word and PDF papers are written from the same view.
 */
@RequestScoped
public class MinutesAccess {

    @Inject
    CurrentUser user;

    @Inject
    ParticipantService participants;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    HttpHeaders headers;

    /** The office and the chair: drafts, and everything as written. */
    boolean readsAsWritten() {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CHAIR);
    }

    MinutesView shown(MinutesView view) {
        if (readsAsWritten()) {
            return view;
        }
        String citizen = messages.get(messages.localeOf(headers), "participant.citizen");
        Map<String, String> seen = new LinkedHashMap<>(participants.citizenNamesAsSeen(view.planId()));
        // Someone who asked to speak in the hall and is not on the list: nothing says they agreed to be named.
        for (Object name : em.createNativeQuery("select name from session_speaker where plan_id = ?1 and participation_id is null")
                .setParameter(1, view.planId()).getResultList()) {
            seen.putIfAbsent((String) name, citizen);
        }
        // Longest first, so that "Nguyễn Văn An" is not half replaced by "Nguyễn Văn".
        List<Map.Entry<String, String>> hidden = seen.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()).toList();
        List<MinutesView.Section> sections = view.sections().stream()
                .map(s -> new MinutesView.Section(s.kind(), replaced(s.heading(), hidden), replaced(s.body(), hidden))).toList();
        List<MinutesView.Signature> signatures = view.signatures().stream().map(s -> s.representing() != Representing.CITIZEN ? s
                : new MinutesView.Signature(s.id(), seen.getOrDefault(s.name(), citizen), null, null, s.representing(), s.outcome(),
                        s.declinedReason(), s.recordedBy(), s.recordedAt()))
                .toList();
        return new MinutesView(view.id(), view.planId(), view.planTitle(), view.versionNo(), view.status(), view.previousId(),
                view.supersededById(), view.chairName(), view.secretaryName(), sections, signatures, view.correctionReason(),
                view.finalisedBy(), view.finalisedAt(), view.createdBy(), view.createdAt(), view.updatedAt(), view.version());
    }

    private static String replaced(String text, List<Map.Entry<String, String>> hidden) {
        String result = text;
        for (Map.Entry<String, String> name : hidden) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }
}
