package vn.doithoai.minutes;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.plan.Plan;
import vn.doithoai.common.security.ScopeDecidedElsewhere;

/**
 * Writes a first draft of the minutes, in Vietnamese, from what the plan and the session record hold: time and place,
 * who chaired and who took the minutes, attendance by composition group (checked-in over invited), the agenda, one
 * section per speaker with what they raised and the answers, the chair's concluding remarks (empty, to be filled as
 * the chair speaks) and the closing. Reads the session's tables directly: six queries whatever the session's size.
 */
@ScopeDecidedElsewhere("Drafts the minutes of a plan the minutes service has loaded through PlanAccess, from that plan's own rows")
@ApplicationScoped
class MinutesAssembly {

    @Inject
    EntityManager em;

    /** When the session began: the session record's start. Null when it has not started. */
    Instant sessionStarted(Plan plan) {
        return sessionTimes(plan)[0];
    }

    /** The chair as printed under the signature block: the plan's chair's name, else nothing (to be filled). */
    String chairName(Plan plan) {
        Object name = em.createNativeQuery("select chair_name from plan where id = ?1").setParameter(1, plan.id()).getSingleResult();
        return name == null ? "" : name.toString();
    }

    List<MinutesSection> sections(Plan plan, String chairName, String secretaryName) {
        Instant[] session = sessionTimes(plan);
        Instant started = session[0] != null ? session[0] : plan.sessionAt();
        Instant ended = session[1];
        List<MinutesSection> sections = new ArrayList<>();
        sections.add(new MinutesSection(SectionKind.OPENING, "Thời gian, địa điểm", opening(plan, started)));
        sections.add(new MinutesSection(SectionKind.ATTENDANCE, "Thành phần tham dự", attendance(plan, chairName, secretaryName)));
        sections.add(new MinutesSection(SectionKind.AGENDA, "Nội dung, chương trình hội nghị", agenda(plan)));
        sections.addAll(speakers(plan));
        sections.add(new MinutesSection(SectionKind.CONCLUSION, "Kết luận của chủ trì hội nghị", ""));
        sections.add(new MinutesSection(SectionKind.CLOSING, "Kết thúc hội nghị", closing(ended)));
        return sections;
    }

    /** Start and end of the session as recorded (nulls without a record); read as Hibernate reads instants (UTC). */
    private Instant[] sessionTimes(Plan plan) {
        List<?> rows = em.createNativeQuery("select started_at, ended_at from session_record where plan_id = ?1")
                .unwrap(NativeQuery.class).addScalar("started_at", StandardBasicTypes.INSTANT)
                .addScalar("ended_at", StandardBasicTypes.INSTANT).setParameter(1, plan.id()).getResultList();
        if (rows.isEmpty()) {
            return new Instant[] { null, null };
        }
        Object[] row = (Object[]) rows.get(0);
        return new Instant[] { (Instant) row[0], (Instant) row[1] };
    }

    private static String opening(Plan plan, Instant started) {
        StringBuilder s = new StringBuilder();
        if (started != null) {
            s.append("Vào lúc ").append(time(started)).append(", ").append(day(started));
        } else {
            s.append("Vào lúc … giờ … phút, ngày … tháng … năm …");
        }
        s.append(", tại ").append(plan.venue() == null || plan.venue().isBlank() ? "…" : plan.venue());
        String body = plan.issuingUnit() != null ? plan.issuingUnit().name() : plan.issuingBodyName();
        s.append(", ").append(body == null ? "" : body + " ").append("tổ chức hội nghị đối thoại");
        if (plan.topic() != null && !plan.topic().isBlank()) {
            s.append(" với chủ đề \"").append(plan.topic()).append('"');
        }
        s.append(" (").append(plan.title()).append(").");
        return s.toString();
    }

    private String attendance(Plan plan, String chairName, String secretaryName) {
        StringBuilder s = new StringBuilder();
        Object chairTitle = plan.chairTitle();
        s.append("Chủ trì hội nghị: ").append(chairName.isBlank() ? "…" : chairName)
                .append(chairTitle == null || chairTitle.toString().isBlank() ? "" : ", " + chairTitle).append(".\n");
        s.append("Thư ký hội nghị: ").append(secretaryName.isBlank() ? "…" : secretaryName).append(".\n");
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("select g.description, count(p.id), "
                + "coalesce(sum(case when p.checked_in_at is null then 0 else 1 end), 0) from participation p "
                + "left join plan_composition_group g on g.id = p.composition_group_id where p.plan_id = ?1 "
                + "group by g.id, g.description, g.position order by g.position is null, g.position").setParameter(1, plan.id())
                .getResultList();
        long invited = 0;
        long present = 0;
        for (Object[] g : groups) {
            invited += ((Number) g[1]).longValue();
            present += ((Number) g[2]).longValue();
        }
        s.append("Số đại biểu được mời: ").append(invited).append("; có mặt: ").append(present).append(" đại biểu");
        s.append(groups.isEmpty() ? "." : ", gồm:");
        for (Object[] g : groups) {
            s.append("\n- ").append(g[0] == null ? "Đại biểu khác" : g[0]).append(": ").append(((Number) g[2]).longValue()).append('/')
                    .append(((Number) g[1]).longValue()).append(" có mặt");
        }
        return s.toString();
    }

    private String agenda(Plan plan) {
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("select a.title, s.state from plan_agenda_item a left join session_agenda_progress s "
                + "on s.plan_id = a.plan_id and s.agenda_item_id = a.id where a.plan_id = ?1 order by a.position")
                .setParameter(1, plan.id()).getResultList();
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (Object[] item : items) {
            s.append(n == 0 ? "" : "\n").append(++n).append(". ").append(item[0]);
            if (item[1] != null && !"DONE".equals(item[1]) && !"PENDING".equals(item[1])) {
                s.append(" (đang thực hiện)");
            } else if ("PENDING".equals(item[1])) {
                s.append(" (chưa thực hiện)");
            }
        }
        return s.toString();
    }

    private record Speaker(long id, String name, String affiliation, String summary, List<String> raised, List<String> answers) {
    }

    /** A section per speaker in speaking order (skipped ones left out), then answers that were not to any speaker. */
    private List<MinutesSection> speakers(Plan plan) {
        Map<Long, Speaker> speakers = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select id, name, affiliation, summary from session_speaker where plan_id = ?1 "
                + "and status <> 'SKIPPED' order by seq, id").setParameter(1, plan.id()).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            speakers.put(id, new Speaker(id, (String) r[1], (String) r[2], (String) r[3], new ArrayList<>(), new ArrayList<>()));
        }
        Map<Long, Long> speakerOfItem = new HashMap<>();
        for (Object row : em.createNativeQuery("select i.speaker_id, f.id, f.title from session_speaker_item i join session_speaker s "
                + "on s.id = i.speaker_id join feedback_item f on f.id = i.feedback_id where s.plan_id = ?1 order by i.speaker_id, i.position")
                .setParameter(1, plan.id()).getResultList()) {
            Object[] r = (Object[]) row;
            Speaker speaker = speakers.get(((Number) r[0]).longValue());
            if (speaker != null) {
                speaker.raised().add((String) r[2]);
                speakerOfItem.putIfAbsent(((Number) r[1]).longValue(), speaker.id());
            }
        }
        List<String> unattached = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.speaker_id, a.feedback_id, a.answered_by, u.name, a.content from session_answer a "
                + "left join org_unit u on u.id = a.unit_id where a.plan_id = ?1 order by a.created_at, a.id").setParameter(1, plan.id())
                .getResultList()) {
            Object[] r = (Object[]) row;
            String who = (String) r[2] + (r[3] == null ? "" : " (" + r[3] + ")");
            String answer = who + ": " + r[4];
            Long speakerId = r[0] != null ? Long.valueOf(((Number) r[0]).longValue())
                    : r[1] != null ? speakerOfItem.get(((Number) r[1]).longValue()) : null;
            Speaker speaker = speakerId == null ? null : speakers.get(speakerId);
            if (speaker != null) {
                speaker.answers().add(answer);
            } else {
                unattached.add(answer);
            }
        }
        List<MinutesSection> sections = new ArrayList<>();
        int n = 0;
        for (Speaker s : speakers.values()) {
            String heading = "Ý kiến " + (++n) + ": " + s.name() + (s.affiliation() == null || s.affiliation().isBlank() ? "" : " (" + s.affiliation() + ")");
            StringBuilder body = new StringBuilder();
            if (s.summary() != null && !s.summary().isBlank()) {
                body.append(s.summary().strip()).append('\n');
            }
            if (!s.raised().isEmpty()) {
                body.append("Nội dung nêu:");
                s.raised().forEach(r -> body.append("\n- ").append(r));
                body.append('\n');
            }
            if (!s.answers().isEmpty()) {
                body.append("Trả lời:");
                s.answers().forEach(a -> body.append("\n- ").append(a));
            }
            sections.add(new MinutesSection(SectionKind.SPEAKER, cut(heading, 500), body.toString().strip()));
        }
        if (!unattached.isEmpty()) {
            sections.add(new MinutesSection(SectionKind.ANSWERS, "Các nội dung trả lời khác",
                    String.join("\n", unattached.stream().map(a -> "- " + a).toList())));
        }
        return sections;
    }

    private static String closing(Instant ended) {
        String at = ended == null ? "… giờ … phút" : time(ended);
        return "Hội nghị kết thúc vào lúc " + at + " cùng ngày. Biên bản đã được đọc lại cho các đại biểu cùng nghe và thống nhất.";
    }

    /** "8 giờ 05 phút". */
    static String time(Instant at) {
        ZonedDateTime t = at.atZone(Clocks.VIETNAM);
        return t.getHour() + " giờ " + String.format("%02d", t.getMinute()) + " phút";
    }

    /** "ngày 25 tháng 11 năm 2022". */
    static String day(Instant at) {
        ZonedDateTime t = at.atZone(Clocks.VIETNAM);
        return String.format("ngày %02d tháng %s năm %d", t.getDayOfMonth(),
                t.getMonthValue() < 3 ? String.format("%02d", t.getMonthValue()) : String.valueOf(t.getMonthValue()), t.getYear());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
