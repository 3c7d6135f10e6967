package vn.doithoai.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;

/**
 * Creates from phones on bad networks (DESIGN §4): a request sent again with the same {@code Idempotency-Key}
 * gets the first answer back instead of creating a second item. The key's row is written in the same
 * transaction as the item, so either both exist or neither; a concurrent retry waits on the row's lock and
 * then replays. A key reused for a different request is refused.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** What a key looks like (also the contract's pattern for the header). */
    public static final String KEY_PATTERN = "[A-Za-z0-9_.:-]{8,100}";
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The answer, and whether it is a replay of an earlier one. */
    public record Outcome<T>(T body, boolean replayed) {
    }

    /** The key as sent, checked; null when the client sent none and {@code required} is false. */
    public static String key(String header, boolean required) {
        if (header == null || header.isBlank()) {
            if (required) {
                throw InvalidInputException.of(HEADER, "idempotency.key-required");
            }
            return null;
        }
        String key = header.strip();
        if (!KEY.matcher(key).matches()) {
            throw InvalidInputException.of(HEADER, "idempotency.key-invalid");
        }
        return key;
    }

    /**
     * Runs {@code create} once per (scope, key). Must run inside the caller's transaction. Without a key it
     * simply runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> once(String scope, String key, Object request, Class<T> answerType, Supplier<T> create) {
        if (key == null) {
            return new Outcome<>(create.get(), false);
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("insert ignore into idempotency_record (scope, idem_key, request_hash, status, created_at) "
                + "values (?1, ?2, ?3, 0, ?4)")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).setParameter(4, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash, answerType);
        }
        T answer = create.get();
        em.createNativeQuery("update idempotency_record set status = 201, body = ?3 where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, write(answer)).executeUpdate();
        return new Outcome<>(answer, false);
    }

    private <T> Outcome<T> replay(String scope, String key, String hash, Class<T> answerType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, body from idempotency_record where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            // The first request is still running in another transaction that has not committed.
            throw new DomainException(ProblemKind.CONFLICT, "idempotency.in-progress");
        }
        if (!hash.equals(rows.get(0)[0])) {
            throw new DomainException(ProblemKind.UNPROCESSABLE, "idempotency.key-reused");
        }
        try {
            return new Outcome<>(json.readValue((String) rows.get(0)[1], answerType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is unreadable", e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer is not serialisable", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
