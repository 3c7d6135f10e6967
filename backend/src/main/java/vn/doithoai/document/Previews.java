package vn.doithoai.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;

/**
 * Images of a stored photo or PDF for a phone: a thumbnail (longer side at most {@link #THUMBNAIL_SIDE} px) and, for
 * a PDF, each page at most {@link #PAGE_SIDE} px, so the viewer never needs a PDF reader in the browser. Each is made
 * once, on first request, and kept in {@code file_preview}: a stored file never changes. Made under
 * {@link PhotoDecodes}, like the decoding of an upload, so a burst of first views cannot take every processor.
 *
 * <p>EXIF orientation cannot be applied here: uploads are re-encoded without their metadata (see {@link Photos}), so
 * the stored photo no longer says how the phone held it.
 */
@ApplicationScoped
public class Previews {

    public static final int THUMBNAIL_SIDE = 320;
    public static final int PAGE_SIDE = 1400;
    /** The viewer shows at most this many pages of a PDF; the file itself is still downloadable in full. */
    public static final int MAX_PAGES = 50;
    /** A PDF is parsed in the heap, never in temporary files, and never with more than this. */
    static final long MAX_PDF_MEMORY = 64L * 1024 * 1024;
    private static final String JPEG = "image/jpeg";
    private static final String THUMBNAIL = "thumbnail";

    /** An image of the file, with the number of pages the file has (1 for a photo). */
    public record Preview(String contentType, byte[] content, int width, int height, int pageCount) {
    }

    @Inject
    EntityManager em;

    @Inject
    PhotoDecodes decodes;

    @Inject
    Clock clock;

    /** The thumbnail of a photo or of a PDF's first page. */
    @Transactional
    public Preview thumbnail(StoredFile file) {
        return cached(file, THUMBNAIL, () -> decodes.run(() -> render(file, 1, THUMBNAIL_SIDE)));
    }

    /**
     * A page (from 1) as an image for the viewer: a PDF's page, or a photo as its only page; a page past the last does
     * not exist.
     */
    @Transactional
    public Preview page(StoredFile file, int page) {
        boolean pdf = FileStore.PDF.equals(file.contentType());
        if (page < 1 || page > (pdf ? MAX_PAGES : 1)) {
            throw DomainException.notFound("document.preview-page-not-found", page);
        }
        return cached(file, "page-" + page, () -> decodes.run(() -> render(file, page, PAGE_SIDE)));
    }

    private interface Rendering {
        Preview make();
    }

    private Preview cached(StoredFile file, String variant, Rendering rendering) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, content, width, height, page_count from file_preview "
                + "where file_id = ?1 and variant = ?2").setParameter(1, file.id()).setParameter(2, variant).getResultList();
        if (!rows.isEmpty()) {
            Object[] r = rows.get(0);
            return new Preview((String) r[0], (byte[]) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue());
        }
        Preview made = rendering.make();
        // Two first views at once both render; the second row is ignored, the images are the same.
        em.createNativeQuery("insert ignore into file_preview (file_id, variant, content_type, content, width, height, page_count, "
                + "created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)").setParameter(1, file.id()).setParameter(2, variant)
                .setParameter(3, made.contentType()).setParameter(4, made.content()).setParameter(5, made.width())
                .setParameter(6, made.height()).setParameter(7, made.pageCount()).setParameter(8, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        return made;
    }

    private Preview render(StoredFile file, int page, int side) {
        // The bytes are read here, in this transaction, and only when no image was kept: the record may come from outside it.
        byte[] content = (byte[]) em.createNativeQuery("select content from stored_file where id = ?1").setParameter(1, file.id())
                .getSingleResult();
        return switch (file.contentType()) {
            case Photos.JPEG, Photos.PNG -> photo(content, side);
            case FileStore.PDF -> pdfPage(content, page, side);
            default -> throw noPreview();
        };
    }

    private static Preview photo(byte[] content, int side) {
        BufferedImage image;
        try {
            // Stored photos were reduced to at most 1600 px on upload, so this decode is small and bounded.
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw noPreview();
        }
        if (image == null) {
            throw noPreview();
        }
        return jpeg(scaled(image, side), 1);
    }

    private static Preview pdfPage(byte[] content, int page, int side) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_MEMORY).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw noPreview();
            }
            if (page > pages) {
                throw DomainException.notFound("document.preview-page-not-found", page);
            }
            PDRectangle box = pdf.getPage(page - 1).getCropBox();
            float longer = Math.max(box.getWidth(), box.getHeight());
            if (!(longer > 0)) {
                throw noPreview();
            }
            // Rendered straight at the size shown: a page claiming to be a kilometre wide costs no more than an A4.
            float scale = side / longer;
            BufferedImage image = new PDFRenderer(pdf).renderImage(page - 1, scale, ImageType.RGB);
            return jpeg(image, Math.min(pages, MAX_PAGES));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw noPreview();
        }
    }

    private static DomainException noPreview() {
        return new DomainException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "document.preview-unavailable");
    }

    private static BufferedImage scaled(BufferedImage image, int side) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) side / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            // A PNG's transparency shows as white, as on the page it came from.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, tw, th);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Preview jpeg(BufferedImage image, int pageCount) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Preview(JPEG, bytes.toByteArray(), image.getWidth(), image.getHeight(), pageCount);
    }
}
