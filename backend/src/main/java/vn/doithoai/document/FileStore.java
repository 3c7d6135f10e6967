package vn.doithoai.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.security.CurrentUser;

/**
 * Keeps uploaded documents. The type is judged from the content, never from the name or the declared type:
 * a ".pdf" that is really HTML is refused.
 */
@ApplicationScoped
public class FileStore {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Stores a report document: PDF, Word (doc, docx), or a photo (JPEG, PNG). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile storeDocument(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "document.too-large", MAX_BYTES / (1024 * 1024));
        }
        String type = sniff(content);
        if (type == null) {
            throw InvalidInputException.of("file", "document.type-not-allowed");
        }
        var file = new StoredFile();
        file.fileName = cleanName(fileName);
        file.contentType = type;
        file.size = content.length;
        file.sha256 = sha256(content);
        file.content = content;
        file.createdAt = Instant.now(clock);
        file.createdBy = currentUser.username();
        em.persist(file);
        return file;
    }

    /** The media type the bytes really are, among those we accept; null otherwise. */
    static String sniff(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        // Word 97-2003: an OLE2 compound file.
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/msword";
        }
        // docx is a zip whose entries include word/document.xml; a zip of anything else is refused.
        if (startsWith(b, 'P', 'K', 3, 4) && contains(b, "word/".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** No folders, no control characters: the name is only ever shown and offered as a download name. */
    private static String cleanName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "tai-lieu";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
