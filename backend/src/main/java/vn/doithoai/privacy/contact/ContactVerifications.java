package vn.doithoai.privacy.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.error.ServerBusyException;
import vn.doithoai.common.ratelimit.RateLimiter;
import vn.doithoai.common.ratelimit.RateLimits;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.TrackingCodes;
import vn.doithoai.participant.PhoneNumbers;
import vn.doithoai.privacy.contact.dto.ContactVerificationView;

/**
 * Confirming a citizen's contact (xác minh liên hệ): a phone or an email counts as theirs only once a one-time code sent
 * to it (or, by mail, the link that carries a longer secret) comes back. Until then the system sends nothing to it and
 * does not use it to tell one sender from another, since anyone can type anyone's number.
 *
 * <p>Nothing is kept as typed: the contact, the code and the link secret are HMACs under the installation's secret
 * (a 6-digit code hashed without a secret would be reversed by trying all million). A code expires by the clock and
 * takes a few wrong tries at most; codes are limited per contact (so nobody floods a stranger's phone) and per client
 * address. Changing the secret forgets every confirmation: people confirm again.
 *
 * <p>A confirmation belongs to the matter it was asked for ({@link ConfirmedFor}): a feedback item, a registration, or
 * a logged-in citizen's own account. Its owner confirming a number for their item says nothing about another item a
 * stranger typed the same number on: that one stays unconfirmed, hears nothing and is not taken for the same sender
 * until a code sent to the number comes back for it too.
 */
@ScopeDecidedElsewhere("A citizen's own contact, proved by the code sent to it; an item or a registration is named only by its secret "
        + "tracking code or link token, nothing of it is shown, and no body's records are written here")
@ApplicationScoped
public class ContactVerifications {

    private static final Logger LOG = Logger.getLogger(ContactVerifications.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A registration link's token: 256 random bits, base64url. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Inject
    SmsGateway sms;

    @Inject
    RateLimits limits;

    @ConfigProperty(name = "doithoai.contact.secret")
    String secret;

    @ConfigProperty(name = "doithoai.contact.code-valid-for", defaultValue = "PT15M")
    Duration validFor;

    @ConfigProperty(name = "doithoai.contact.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "doithoai.contact.codes-per-contact", defaultValue = "3")
    int codesPerContact;

    @ConfigProperty(name = "doithoai.contact.codes-per-client", defaultValue = "10")
    int codesPerClient;

    @ConfigProperty(name = "doithoai.contact.code-window", defaultValue = "PT1H")
    Duration codeWindow;

    @ConfigProperty(name = "doithoai.contact.confirmations-per-client", defaultValue = "30")
    int confirmationsPerClient;

    @ConfigProperty(name = "doithoai.public-url", defaultValue = "http://localhost:5173")
    String publicUrl;

    private RateLimiter perContact;
    private RateLimiter perClient;
    private RateLimiter confirmations;

    @PostConstruct
    void init() {
        perContact = limits.limiter("contact-code-per-contact", codesPerContact, codeWindow);
        perClient = limits.limiter("contact-code-per-client", codesPerClient, codeWindow);
        confirmations = limits.limiter("contact-confirmation", confirmationsPerClient, codeWindow);
    }

    /**
     * Sends a new code to the contact, for one matter: the feedback item whose tracking code is given, the registration
     * whose link token is given, or else the logged-in citizen's own account. The contact must be the one left with the
     * matter; a matter that does not exist or does not carry this contact is answered alike (404), so nobody learns
     * whose number is on someone's item. The answer says where the code went (masked) and until when it holds.
     */
    public ContactVerificationView start(ContactChannel channel, String raw, String trackingCode, String registrationToken, String account,
            String client) {
        String contact = normalised(channel, raw).orElseThrow(() -> InvalidInputException.of("contact",
                channel == ContactChannel.SMS ? "contact.phone-invalid" : "contact.email-invalid", raw));
        String contactHash = hmac(channel + ":" + contact);
        perClient.acquire(client);
        // After the client's limit, so that probing which contact an item carries costs a code each time.
        Matter matter = matter(channel, contact, trackingCode, registrationToken, account);
        perContact.acquire(contactHash);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        byte[] linkBytes = new byte[24];
        RANDOM.nextBytes(linkBytes);
        String link = Base64.getUrlEncoder().withoutPadding().encodeToString(linkBytes);
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(validFor);
        String masked = mask(channel, contact);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into contact_verification (channel, contact_hash, masked_contact, confirmed_for, matter_ref, salt, "
                    + "code_hash, link_hash, account, attempts, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11)")
                    .setParameter(1, channel.name()).setParameter(2, contactHash).setParameter(3, masked).setParameter(4, matter.kind().name())
                    .setParameter(5, matter.ref()).setParameter(6, salt).setParameter(7, hmac(salt + ":code:" + code))
                    .setParameter(8, hmac(salt + ":link:" + link)).setParameter(9, account)
                    .setParameter(10, Timestamp.from(now)).setParameter(11, Timestamp.from(expires)).executeUpdate();
            return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        });
        try {
            send(channel, contact, id, code, link);
        } catch (RuntimeException e) {
            LOG.warnf("Confirmation code %d (%s) not sent: %s", id, masked, e.getMessage());
            // The gateway or the mail server did not take it: a minute later they may.
            throw new ServerBusyException(60, "contact.not-sent");
        }
        return new ContactVerificationView(id, channel, masked, matter.kind(), local(expires), false, maxAttempts);
    }

    /** The matter a confirmation is bound to: its kind and its reference (an item's id, a registration's, an account's login). */
    private record Matter(ConfirmedFor kind, String ref) {
    }

    private Matter matter(ContactChannel channel, String contact, String trackingCode, String registrationToken, String account) {
        boolean item = trackingCode != null && !trackingCode.isBlank();
        boolean registration = registrationToken != null && !registrationToken.isBlank();
        if (item && registration) {
            throw InvalidInputException.of("registrationToken", "contact.one-matter");
        }
        if (item) {
            return forItem(channel, contact, TrackingCodes.parse(trackingCode));
        }
        if (registration) {
            return forRegistration(channel, contact, registrationToken.strip());
        }
        if (account != null) {
            // On their own page a logged-in citizen confirms a contact of theirs: it speaks for what they send logged in.
            return new Matter(ConfirmedFor.ACCOUNT, account);
        }
        throw InvalidInputException.of("trackingCode", "contact.matter-required");
    }

    private Matter forItem(ContactChannel channel, String contact, String code) {
        if (code != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, submitter_phone, submitter_email from feedback_item where tracking_code = ?1")
                    .setParameter(1, code).getResultList();
            for (Object[] row : rows) {
                String left = (String) (channel == ContactChannel.SMS ? row[1] : row[2]);
                if (normalised(channel, left).filter(contact::equals).isPresent()) {
                    return new Matter(ConfirmedFor.FEEDBACK_ITEM, String.valueOf(((Number) row[0]).longValue()));
                }
            }
        }
        throw DomainException.notFound("contact.matter-not-found");
    }

    /**
     * A registration's token opens its participation, or the registration still waiting for its match to be decided
     * (whose token keeps naming it once decided); the phone compared is the one that registration carries.
     */
    private Matter forRegistration(ContactChannel channel, String contact, String token) {
        if (channel == ContactChannel.SMS && TOKEN.matcher(token).matches()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select concat('participation:', p.id), pe.phone from participation p "
                    + "join person pe on pe.id = p.person_id where p.token = ?1 union all "
                    + "select concat('pending:', r.id), r.phone from pending_registration r where r.token = ?1 and r.status <> 'REJECTED'")
                    .setParameter(1, token).getResultList();
            for (Object[] row : rows) {
                if (normalised(channel, (String) row[1]).filter(contact::equals).isPresent()) {
                    return new Matter(ConfirmedFor.REGISTRATION, (String) row[0]);
                }
            }
        }
        throw DomainException.notFound("contact.matter-not-found");
    }

    private void send(ContactChannel channel, String contact, long id, String code, String link) {
        long minutes = validFor.toMinutes();
        if (channel == ContactChannel.SMS) {
            sms.send(contact, "Doi Thoai: ma xac nhan so dien thoai cua Ong/Ba la " + code + ", dung trong " + minutes
                    + " phut. Khong dua ma nay cho ai.");
        } else {
            mailer.send(Mail.withText(contact, "[Đối Thoại] Mã xác nhận địa chỉ thư: " + code,
                    "Mã xác nhận địa chỉ thư của Ông/Bà là: " + code + "\n\n"
                            + "Hoặc mở đường dẫn sau để xác nhận: " + publicUrl + "/xac-nhan-lien-he/" + id + "#ma=" + link + "\n\n"
                            + "Mã và đường dẫn dùng được trong " + minutes + " phút. Nếu Ông/Bà không yêu cầu, xin bỏ qua thư này; "
                            + "hệ thống sẽ không gửi gì thêm đến địa chỉ này.\n\n"
                            + "Thư này được gửi tự động từ hệ thống Đối Thoại; xin đừng trả lời thư này."));
        }
    }

    private enum Result {
        CONFIRMED, WRONG, EXPIRED, EXHAUSTED, NOT_FOUND
    }

    private record Outcome(Result result, ContactVerificationView view) {
    }

    /**
     * Checks the code (or the link's secret). A wrong one counts against the confirmation even though the answer is an
     * error, so the count is written in a transaction of its own; the last allowed wrong try closes it for good.
     */
    public ContactVerificationView confirm(long id, String code, String client) {
        confirmations.acquire(client);
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> check(id, code.strip()));
        return switch (outcome.result()) {
            case CONFIRMED -> outcome.view();
            case WRONG -> throw InvalidInputException.of("code", "contact.code-wrong", outcome.view().attemptsLeft());
            case EXPIRED -> throw new DomainException(ProblemKind.CONFLICT, "contact.code-expired");
            case EXHAUSTED -> throw new DomainException(ProblemKind.CONFLICT, "contact.too-many-attempts");
            case NOT_FOUND -> throw new DomainException(ProblemKind.NOT_FOUND, "contact.verification-not-found", id);
        };
    }

    private Outcome check(long id, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select channel, contact_hash, masked_contact, salt, code_hash, link_hash, account, attempts, "
                + "expires_at, verified_at, expires_at > ?2, confirmed_for, matter_ref from contact_verification where id = ?1 for update").setParameter(1, id)
                .setParameter(2, Timestamp.from(Instant.now(clock))).getResultList();
        if (rows.isEmpty()) {
            return new Outcome(Result.NOT_FOUND, null);
        }
        Object[] row = rows.get(0);
        var channel = ContactChannel.valueOf((String) row[0]);
        var confirmedFor = ConfirmedFor.valueOf((String) row[11]);
        String salt = (String) row[3];
        int attempts = ((Number) row[7]).intValue();
        Instant expires = instant(row[8]);
        boolean live = ((Number) row[10]).intValue() == 1;
        boolean verified = row[9] != null;
        if (attempts >= maxAttempts) {
            return new Outcome(Result.EXHAUSTED, null);
        }
        boolean match = same(hmac(salt + ":code:" + code), (String) row[4]) || same(hmac(salt + ":link:" + code), (String) row[5]);
        if (!match) {
            em.createNativeQuery("update contact_verification set attempts = attempts + 1 where id = ?1").setParameter(1, id).executeUpdate();
            int left = maxAttempts - attempts - 1;
            return left <= 0 ? new Outcome(Result.EXHAUSTED, null)
                    : new Outcome(Result.WRONG, new ContactVerificationView(id, channel, (String) row[2], confirmedFor, local(expires), verified, left));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (!verified) {
            if (!live) {
                return new Outcome(Result.EXPIRED, null);
            }
            em.createNativeQuery("update contact_verification set verified_at = ?2 where id = ?1").setParameter(1, id)
                    .setParameter(2, Timestamp.from(now)).executeUpdate();
            // For the matter it was asked for, and for nothing else.
            em.createNativeQuery("insert into verified_contact (contact_hash, confirmed_for, matter_ref, channel, verified_at, verification_id, "
                    + "account) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on duplicate key update verified_at = values(verified_at), "
                    + "verification_id = values(verification_id), account = values(account)")
                    .setParameter(1, row[1]).setParameter(2, confirmedFor.name()).setParameter(3, row[12]).setParameter(4, channel.name())
                    .setParameter(5, Timestamp.from(now)).setParameter(6, id).setParameter(7, row[6]).executeUpdate();
        }
        return new Outcome(Result.CONFIRMED, new ContactVerificationView(id, channel, (String) row[2], confirmedFor, local(expires), true,
                maxAttempts - attempts));
    }

    /**
     * Whether the contact left with a feedback item was confirmed for that item (by a code asked for with its tracking
     * code), as typed anywhere (a phone in any of its spellings, an address in any case). The same number confirmed for
     * another item does not count: its owner proved it for their item, not for a stranger's that carries it too.
     *
     * <p>An item sent by a logged-in citizen ({@code account}) also counts as confirmed when that account confirmed the
     * contact on its own page: the login ties the item to the person who proved they hold the contact, which a number
     * typed on an anonymous form never does. An anonymous item with the same number is not theirs by that.
     * What is not a contact at all is not confirmed.
     */
    public boolean isConfirmedForItem(ContactChannel channel, String raw, long itemId, String account) {
        return normalised(channel, raw).map(contact -> !em.createNativeQuery("select 1 from verified_contact where contact_hash = ?1 and "
                + "((confirmed_for = 'FEEDBACK_ITEM' and matter_ref = ?2) or (confirmed_for = 'ACCOUNT' and matter_ref = ?3))")
                .setParameter(1, hmac(channel + ":" + contact)).setParameter(2, String.valueOf(itemId))
                .setParameter(3, account == null ? "" : account).getResultList().isEmpty()).orElse(false);
    }

    /** Whether any confirmation of the contact is kept, for whatever matter: what an erasure must leave none of. */
    public boolean isRemembered(ContactChannel channel, String raw) {
        return normalised(channel, raw).map(contact -> !em.createNativeQuery("select 1 from verified_contact where contact_hash = ?1 "
                + "union all select 1 from contact_verification where contact_hash = ?1").setParameter(1, hmac(channel + ":" + contact))
                .getResultList().isEmpty()).orElse(false);
    }

    /**
     * An erased person's contacts are forgotten: their confirmations, for every matter, and the codes asked for them go;
     * so do those their accounts asked for or confirmed on their own page. Were someone to leave the number again, they
     * would confirm it again.
     */
    public void forget(Collection<String> contacts, Collection<String> accounts) {
        Set<String> hashes = new HashSet<>();
        for (String raw : contacts) {
            for (ContactChannel channel : ContactChannel.values()) {
                normalised(channel, raw).ifPresent(contact -> hashes.add(hmac(channel + ":" + contact)));
            }
        }
        if (!hashes.isEmpty()) {
            em.createNativeQuery("delete from verified_contact where contact_hash in (:hashes)").setParameter("hashes", hashes).executeUpdate();
            em.createNativeQuery("delete from contact_verification where contact_hash in (:hashes)").setParameter("hashes", hashes).executeUpdate();
        }
        Set<String> logins = new HashSet<>();
        accounts.stream().filter(a -> a != null && !a.isBlank()).forEach(logins::add);
        if (!logins.isEmpty()) {
            em.createNativeQuery("delete from verified_contact where account in (:accounts) or (confirmed_for = 'ACCOUNT' and matter_ref in (:accounts))")
                    .setParameter("accounts", logins).executeUpdate();
            em.createNativeQuery("delete from contact_verification where account in (:accounts) or (confirmed_for = 'ACCOUNT' and matter_ref in (:accounts))")
                    .setParameter("accounts", logins).executeUpdate();
        }
    }

    /** The one form a contact is hashed in: a phone as PhoneNumbers writes it, an address trimmed and in lower case. */
    static Optional<String> normalised(ContactChannel channel, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (channel == ContactChannel.SMS) {
            return PhoneNumbers.normalise(raw);
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /** 09•••••678; n•••@gmail.com. */
    static String mask(ContactChannel channel, String contact) {
        if (channel == ContactChannel.SMS) {
            return contact.substring(0, 2) + "•".repeat(contact.length() - 5) + contact.substring(contact.length() - 3);
        }
        int at = contact.indexOf('@');
        return contact.charAt(0) + "•••" + contact.substring(at);
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DATETIME(6) as a native query reads it back: in the zone the Timestamp was bound in. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : ((java.time.LocalDateTime) value).atZone(java.time.ZoneId.systemDefault()).toInstant();
    }

    private static java.time.OffsetDateTime local(Instant instant) {
        return instant.atZone(Clocks.VIETNAM).toOffsetDateTime();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
