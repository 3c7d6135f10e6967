package vn.doithoai.privacy.retention;

import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.common.time.Clocks;

/**
 * How long each kind of personal data is kept after the dialogue's matter is closed (the plan closed or called off),
 * as the body's record of processing states them: contact data (names, phones, e-mails, addresses of citizens) and
 * attachments (photos with faces, scans of papers). ISO periods, e.g. P2Y.
 */
@ApplicationScoped
public class RetentionPeriods {

    @ConfigProperty(name = "doithoai.retention.contact-data", defaultValue = "P2Y")
    String contactData;

    @ConfigProperty(name = "doithoai.retention.attachments", defaultValue = "P5Y")
    String attachments;

    public Period of(DataKind kind) {
        return Period.parse(kind == DataKind.CONTACT_DATA ? contactData : attachments);
    }

    /** Matters closed before this moment have kept {@code kind} long enough at {@code now}. */
    Instant closedBefore(DataKind kind, Instant now) {
        return now.atZone(Clocks.VIETNAM).minus(of(kind)).toInstant();
    }

    /** Matters closed in [from, to) reach the end of {@code kind}'s period within the month. */
    Instant[] closedWhenExpiringIn(DataKind kind, YearMonth month) {
        Period p = of(kind);
        return new Instant[] { month.atDay(1).atStartOfDay(Clocks.VIETNAM).minus(p).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(Clocks.VIETNAM).minus(p).toInstant() };
    }
}
