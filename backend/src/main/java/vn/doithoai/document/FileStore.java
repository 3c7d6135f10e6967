package vn.doithoai.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.http.Downloads;
import vn.doithoai.common.security.CurrentUser;

/**
 * Keeps uploaded documents. The type is judged from the content, never from the name or the declared type:
 * a ".pdf" that is really HTML is refused.
 */
@ApplicationScoped
public class FileStore {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** For the API's description of the operations that take photos. */
    public static final String PHOTO_LIMITS = "A photo may have at most " + Photos.MAX_PIXELS / 1_000_000 + " million pixels, its "
            + "longer side at most " + Photos.MAX_RATIO + " times the shorter; a progressive JPEG must also fit its coefficients in "
            + Photos.MAX_COEFFICIENT_BYTES / (1024 * 1024) + " MB and have at most " + Photos.MAX_SCANS + " scans and "
            + Photos.MAX_PIXEL_PASSES / 1_000_000 + " million pixels over all of them. Beyond these the answer is 400, judged "
            + "from the header before anything is decoded.";
    static final String PDF = "application/pdf";
    private static final Set<String> PHOTO_OR_PDF = Set.of(PDF, Photos.JPEG, Photos.PNG);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    PhotoDecodes decodes;

    /** Stores a report document: PDF, Word (doc, docx), or a photo (JPEG, PNG). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile storeDocument(String fileName, byte[] content) {
        String type = checked(content);
        if (type == null) {
            throw InvalidInputException.of("file", "document.type-not-allowed");
        }
        return store(cleanName(fileName), type, content);
    }

    /**
     * Stores a photo (JPEG, PNG) or a PDF a citizen or an officer sends as evidence. Photos are re-encoded, which
     * drops their metadata (a phone's photo carries where it was taken), and reduced for phones: see {@link Photos}.
     * The header is checked before a decoder is waited for, so a bomb is refused at once and takes no decoder's turn.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile storePhotoOrPdf(String fileName, byte[] content) {
        String type = checked(content);
        if (type == null || !PHOTO_OR_PDF.contains(type)) {
            throw InvalidInputException.of("file", "document.not-photo-or-pdf");
        }
        if (type.equals(PDF)) {
            return store(cleanName(fileName), type, content);
        }
        Photos.Checked checked = Photos.check(content, type);
        Photos.Reduced photo = decodes.run(() -> Photos.reduce(checked));
        return store(withExtension(cleanName(fileName), type, photo.contentType()), photo.contentType(), photo.content());
    }

    /** Empty and oversize files refused; the type the bytes really are, or null. */
    private static String checked(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "document.too-large", MAX_BYTES / (1024 * 1024));
        }
        return sniff(content);
    }

    private StoredFile store(String fileName, String type, byte[] content) {
        var file = new StoredFile();
        file.fileName = fileName;
        file.contentType = type;
        file.size = content.length;
        file.sha256 = sha256(content);
        file.content = content;
        file.createdAt = Instant.now(clock);
        file.createdBy = currentUser.username();
        em.persist(file);
        return file;
    }

    /**
     * Replaces a stored file's content: only an erasure does this, on a paper the product generated, so that a person's
     * identity replaced in the records is replaced in what was issued from them too. Name, type and author stay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewrite(long fileId, byte[] content) {
        em.createNativeQuery("update stored_file set content = ?1, size = ?2, sha256 = ?3 where id = ?4").setParameter(1, content)
                .setParameter(2, content.length).setParameter(3, sha256(content)).setParameter(4, fileId).executeUpdate();
    }

    /** A download name that keeps Vietnamese letters (RFC 6266 filename*) with an ASCII fallback. */
    public static String attachment(String fileName) {
        return Downloads.attachment(fileName);
    }

    /** The media type the bytes really are, among those we accept; null otherwise. */
    static String sniff(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Photos.JPEG;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Photos.PNG;
        }
        // Word 97-2003: an OLE2 compound file.
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/msword";
        }
        // docx is a zip whose entries include word/document.xml; a zip of anything else is refused.
        if (startsWith(b, 'P', 'K', 3, 4) && contains(b, "word/".getBytes(StandardCharsets.US_ASCII))) {
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

    /** A PNG re-encoded as JPEG is offered as .jpg, so the name does not contradict the content. */
    private static String withExtension(String name, String from, String to) {
        if (from.equals(to)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".jpg";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
