package vn.doithoai.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which audited fields are a citizen's personal data, and how the audit keeps them: masked for a reader (09•••••678,
 * a•••@gmail.com, N• V• A•) and hashed with the installation's key so that the same value can be matched later
 * without being stored. The key is configuration, never in the database: a plain hash of a phone number is undone by
 * trying every number.
 */
@ApplicationScoped
public class PersonalValues {

    /** A bullet: what the mask shows in place of hidden characters. */
    static final String HIDDEN = "•";

    /** Contact fields, personal whatever the record: the ward officer's phone on a participant is still a phone. */
    private static final Set<String> CONTACT = Set.of("phone", "email", "address", "submitterPhone", "submitterEmail");

    /** Citizens' names; officials' names (chair, signer, staff) are part of their office and stay readable. */
    private static final Set<String> NAMES = Set.of("fullName", "submitterName");

    /** Records whose names are citizens' (người dân): participants, their registrations and feedback. */
    private static final Set<String> CITIZEN_RECORDS = Set.of("Participant", "PendingRegistration", "Feedback");

    private final SecretKeySpec key;

    PersonalValues(@ConfigProperty(name = "doithoai.privacy.audit-hash-key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** What kind of personal value a field of a record holds, if any. */
    public Optional<Kind> kindOf(String entityType, String field) {
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        if (CONTACT.contains(name)) {
            String lower = name.toLowerCase(Locale.ROOT);
            return Optional.of(lower.endsWith("phone") ? Kind.PHONE : lower.endsWith("email") ? Kind.EMAIL : Kind.ADDRESS);
        }
        if (NAMES.contains(name) && CITIZEN_RECORDS.contains(entityType)) {
            return Optional.of(Kind.NAME);
        }
        return Optional.empty();
    }

    /** The keyed hash of a value, after putting it in the one form the same value always has. */
    public String hash(Kind kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((kind.name() + ":" + kind.canonical(value)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The kinds of personal value the audit masks. */
    public enum Kind {
        PHONE {
            @Override
            String canonical(String v) {
                String digits = v.replaceAll("[^0-9+]", "");
                if (digits.startsWith("+84")) {
                    return "0" + digits.substring(3);
                }
                return digits.startsWith("84") && digits.length() == 11 ? "0" + digits.substring(2) : digits;
            }

            @Override
            public String mask(String v) {
                String d = canonical(v);
                if (d.length() < 6) {
                    return HIDDEN.repeat(Math.max(3, d.length()));
                }
                return d.substring(0, 2) + HIDDEN.repeat(d.length() - 5) + d.substring(d.length() - 3);
            }
        },
        EMAIL {
            @Override
            String canonical(String v) {
                return v.strip().toLowerCase(Locale.ROOT);
            }

            @Override
            public String mask(String v) {
                String e = canonical(v);
                int at = e.lastIndexOf('@');
                return at <= 0 ? HIDDEN.repeat(3) : e.charAt(0) + HIDDEN.repeat(3) + e.substring(at);
            }
        },
        ADDRESS {
            @Override
            public String mask(String v) {
                // The house and street go; the last part (usually the ward) stays, which says no more than the record's ward.
                String a = v.strip();
                int comma = a.lastIndexOf(',');
                return comma < 0 ? HIDDEN.repeat(3) : HIDDEN.repeat(3) + a.substring(comma);
            }
        },
        NAME {
            @Override
            public String mask(String v) {
                StringBuilder initials = new StringBuilder();
                for (String word : v.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        initials.append(initials.isEmpty() ? "" : " ").appendCodePoint(word.codePointAt(0)).append(HIDDEN);
                    }
                }
                return initials.isEmpty() ? HIDDEN : initials.toString();
            }
        };

        /** The form in which the same value is always the same text (spaces, case and accents' encoding aside). */
        String canonical(String v) {
            return Normalizer.normalize(v.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }

        /** The value as a reader of the audit sees it. */
        public abstract String mask(String v);
    }
}
