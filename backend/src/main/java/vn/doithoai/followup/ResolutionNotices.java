package vn.doithoai.followup;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.ruling.dto.RulingView;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;
import vn.doithoai.privacy.contact.ContactChannel;
import vn.doithoai.privacy.contact.ContactVerifications;

/**
 * A ruling was resolved: the people who raised its items — and the items merged into them — hear of it, by mail when
 * they confirmed an address for that item, else by SMS when they confirmed a phone for it. A contact nobody confirmed gets nothing: anyone
 * can type anyone's number, and its owner never asked to hear about this. Once per person and ruling, whatever happens later
 * (the key holds the ruling and the contact, so a reopened ruling resolved again does not write twice; the same person
 * behind several items gets one message). A sender who refused or withdrew CONTACT_ME hears nothing.
 */
@ScopeDecidedElsewhere("Queued when a ruling is resolved, after RulingAccess allowed the change; writes to the ruling's own senders only")
@ApplicationScoped
public class ResolutionNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.forLanguageTag("vi"));

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Consents consents;

    @Inject
    ContactVerifications contacts;

    @ConfigProperty(name = "doithoai.public-url", defaultValue = "http://localhost:5173")
    String publicUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    void queue(RulingView ruling) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.tracking_code, f.submitter_name, f.submitter_email, f.submitter_phone, f.id, f.account "
                + "from feedback_item f where f.id in (select rf.feedback_id from ruling_feedback rf where rf.ruling_id = ?1) "
                + "or f.merged_into_id in (select rf.feedback_id from ruling_feedback rf where rf.ruling_id = ?1) order by f.id")
                .setParameter(1, ruling.id()).getResultList();
        Set<Long> silent = consents.notToContact(ConsentSubject.FEEDBACK_ITEM,
                rows.stream().map(row -> ((Number) row[4]).longValue()).toList());
        // One message per contact, naming every tracking code of theirs.
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (silent.contains(((Number) row[4]).longValue())) {
                continue;
            }
            long item = ((Number) row[4]).longValue();
            String email = confirmed(ContactChannel.EMAIL, (String) row[2], item, (String) row[5]);
            String phone = confirmed(ContactChannel.SMS, (String) row[3], item, (String) row[5]);
            if (email == null && phone == null) {
                continue;
            }
            var channel = email != null ? Notifications.Channel.EMAIL : Notifications.Channel.SMS;
            String to = email != null ? email.toLowerCase(Locale.ROOT) : phone;
            contacts.computeIfAbsent(channel + ":" + to, k -> new Contact(channel, to, (String) row[1], new java.util.ArrayList<>()))
                    .codes().add((String) row[0]);
        }
        for (Contact c : contacts.values()) {
            String codes = String.join(", ", c.codes());
            String subject = "[Đối Thoại] Kiến nghị của Ông/Bà đã được giải quyết (" + codes + ")";
            String body = c.channel() == Notifications.Channel.SMS
                    ? "Doi Thoai: kien nghi " + codes + " da duoc giai quyet ngay " + ruling.resolvedOn().format(DAY) + ". Tra cuu: "
                            + publicUrl + "/tra-cuu"
                    : "Kính gửi " + (c.name() == null ? "Ông/Bà" : "Ông/Bà " + c.name()) + ",\n\n"
                            + "Kết luận số " + ruling.number() + " về ý kiến, kiến nghị của Ông/Bà (mã theo dõi " + codes + ") đã được "
                            + "giải quyết ngày " + ruling.resolvedOn().format(DAY) + ".\n\n"
                            + "Nội dung kết luận: " + ruling.content() + "\n"
                            + "Kết quả: " + ruling.progressNote() + "\n\n"
                            + "Ông/Bà có thể tra cứu bằng mã theo dõi tại " + publicUrl + "/tra-cuu.\n\n"
                            + "Thư này được gửi tự động từ hệ thống Đối Thoại; xin đừng trả lời thư này.";
            notifications.queue("RESOLVED:r" + ruling.id() + ":" + c.channel() + ":" + c.to(), Notifications.Kind.RESOLVED, c.channel(),
                    c.to(), subject, body, ruling.id());
        }
    }

    private record Contact(Notifications.Channel channel, String to, String name, List<String> codes) {
    }

    /**
     * The contact as left, if it was confirmed for this item (or by the account that sent it); else null. The same
     * number confirmed for someone else's item does not make this one's sender its owner.
     */
    private String confirmed(ContactChannel channel, String contact, long item, String account) {
        return contact != null && !contact.isBlank() && contacts.isConfirmedForItem(channel, contact, item, account) ? contact.strip() : null;
    }
}
