package vn.doithoai.privacy.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.privacy.retention.dto.ExpiringReport;

/** What the nightly job will anonymise within a month, for the bodies the caller keeps (every body for the installation's). */
@ApplicationScoped
public class ExpiringData {

    @Inject
    EntityManager em;

    @Inject
    RetentionPeriods periods;

    @Inject
    BodyScope scope;

    public ExpiringReport in(YearMonth month) {
        Set<Long> bodies = scope.isInstallationAdmin() ? null : scope.writable();
        List<ExpiringReport.Row> rows = new ArrayList<>();
        if (bodies == null || !bodies.isEmpty()) {
            rows.addAll(rows(DataKind.CONTACT_DATA, month, bodies, "(select count(*) from feedback_item fi where fi.plan_id = p.id "
                    + "and fi.contact_erased_at is null and (fi.submitter_name is not null or fi.submitter_phone is not null "
                    + "or fi.submitter_email is not null or fi.account is not null)) + (select count(*) from participation pa join person pe "
                    + "on pe.id = pa.person_id where pa.plan_id = p.id and pa.kind = 'CITIZEN' and pe.erased_at is null) "
                    + "+ (select count(*) from pending_registration r where r.plan_id = p.id and r.phone <> '')"));
            rows.addAll(rows(DataKind.ATTACHMENTS, month, bodies, "(select count(*) from feedback_attachment a join feedback_item fi "
                    + "on fi.id = a.feedback_id where fi.plan_id = p.id)"));
        }
        return new ExpiringReport(month.toString(), periods.of(DataKind.CONTACT_DATA).toString(), periods.of(DataKind.ATTACHMENTS).toString(),
                rows);
    }

    private List<ExpiringReport.Row> rows(DataKind kind, YearMonth month, Set<Long> bodies, String count) {
        Instant[] closed = periods.closedWhenExpiringIn(kind, month);
        Query q = em.createNativeQuery("select * from (select p.id, p.title, p.closed_at, " + count + " as records from plan p "
                + "where p.closed_at >= :from and p.closed_at < :to" + (bodies == null ? "" : " and p.body_id in (:bodies)")
                + ") x where records > 0 order by closed_at, id").setParameter("from", closed[0]).setParameter("to", closed[1]);
        if (bodies != null) {
            q.setParameter("bodies", bodies);
        }
        List<ExpiringReport.Row> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            LocalDate closedOn = instant(r[2]).atZone(Clocks.VIETNAM).toLocalDate();
            out.add(new ExpiringReport.Row(kind, ((Number) r[0]).longValue(), (String) r[1], closedOn,
                    instant(r[2]).atZone(Clocks.VIETNAM).plus(periods.of(kind)).toLocalDate(), ((Number) r[3]).longValue()));
        }
        return out;
    }

    private static Instant instant(Object o) {
        return switch (o) {
            case Timestamp t -> t.toInstant();
            case Instant i -> i;
            case java.time.LocalDateTime t -> t.atZone(ZoneId.systemDefault()).toInstant();
            default -> throw new IllegalStateException("not a time: " + o.getClass());
        };
    }
}
