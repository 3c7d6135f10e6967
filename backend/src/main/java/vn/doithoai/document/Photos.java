package vn.doithoai.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import vn.doithoai.common.error.InvalidInputException;

/**
 * Photos made fit for phones: longer side at most {@link #MAX_SIDE} px, else scaled down and sent as JPEG.
 * Every photo is decoded and written again, so nothing but the pixels survives (no EXIF, no GPS). EXIF
 * orientation is not applied: a photo a phone stored sideways stays sideways.
 * <p>
 * Anyone holding a fresh tracking code can send a photo, so decoding must be bounded whatever the file claims. Two
 * steps: {@link #check} reads only the header and refuses what would cost too much; {@link #reduce} then decodes with
 * subsampling, so the pixels in memory are about what the phone will be shown, never the full photo. The memory this
 * bounds, per decode (the backend runs with a 256 MB heap, {@link PhotoDecodes} lets two decode at once):
 * <ul>
 * <li>heap: the subsampled raster, at most {@link #MAX_DECODED_BYTES} (32 MB), plus the 1600 px copy drawn on white
 * (1600 × 1600 × 4 B = 10 MB) and the encoded result; about 50 MB at worst, 15 MB for a 24 MP phone photo;</li>
 * <li>native memory of the JPEG decoder, for a progressive JPEG: its coefficients, at most
 * {@link #MAX_COEFFICIENT_BYTES} (64 MB); a baseline JPEG needs a few rows;</li>
 * <li>time: every pixel is still decoded once (subsampling skips rows after decoding them), so at most
 * {@link #MAX_PIXELS}; a progressive JPEG is decoded once per scan, so at most {@link #MAX_PIXEL_PASSES} in all;</li>
 * <li>a PNG's image data is inflated only as far as its rows need (height × (1 + row bytes)), so a small file whose
 * zlib stream would inflate to gigabytes is bounded by its declared size like any other.</li>
 * </ul>
 */
final class Photos {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final int MAX_SIDE = 1600;
    /** 40 MP: above a 24 MP phone photo (5712 × 4284) and a 32 MP one; 48–200 MP modes rarely fit in 10 MB anyway. */
    static final long MAX_PIXELS = 40_000_000L;
    /** A panorama or a long screenshot, yes; a 1-pixel line a mile long, no. */
    static final int MAX_RATIO = 40;
    /** The decoded, subsampled raster: a 1600 px photo of 16-bit RGBA (8 B a pixel) fits, at 20 MB. */
    static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;
    /** A progressive JPEG's whole-image coefficients (2 B each): 22 MP at 4:2:0, 11 MP at 4:4:4. */
    static final long MAX_COEFFICIENT_BYTES = 64L * 1024 * 1024;
    /** Encoders write up to a dozen scans; libjpeg's own progression writes 10. */
    static final int MAX_SCANS = 64;
    /** Pixels decoded over all scans of a progressive JPEG: 10 scans of 40 MP, 16 of 25 MP. */
    static final long MAX_PIXEL_PASSES = 400_000_000L;
    private static final float JPEG_QUALITY = 0.8f;

    static {
        System.setProperty("java.awt.headless", "true");
        ImageIO.setUseCache(false);
    }

    record Reduced(String contentType, byte[] content) {
    }

    /**
     * A photo whose header is within the limits, not decoded yet.
     *
     * @param decodable what the decoder reads: the upload, or for a PNG its pixel chunks only
     */
    record Checked(String type, int width, int height, int bytesPerPixel, byte[] decodable) {

        /**
         * Read every s-th pixel of every s-th row: the decoded longer side between {@link #MAX_SIDE} and twice it, so the
         * last step down is a smooth one; more when even that would exceed {@link #MAX_DECODED_BYTES}.
         */
        int subsampling() {
            int s = Math.max(1, Math.max(width, height) / MAX_SIDE);
            while ((long) ceilDiv(width, s) * ceilDiv(height, s) * bytesPerPixel > MAX_DECODED_BYTES) {
                s++;
            }
            return s;
        }
    }

    private Photos() {
    }

    /** Reads the header only (no pixel decoded, nothing inflated) and refuses what would cost too much to decode. */
    static Checked check(byte[] content, String type) {
        long w;
        long h;
        int bytesPerPixel;
        byte[] decodable;
        JpegHeader jpeg = null;
        if (type.equals(PNG)) {
            PngHeader png = PngHeader.read(content);
            w = png.width();
            h = png.height();
            bytesPerPixel = png.bytesPerPixel();
            decodable = png.pixelChunks();
        } else {
            jpeg = JpegHeader.read(content);
            w = jpeg.width();
            h = jpeg.height();
            bytesPerPixel = jpeg.components();
            decodable = content;
        }
        if (w == 0 || h == 0) {
            throw InvalidInputException.of("file", "document.image-no-pixels", w, h);
        }
        long pixels = w * h;
        if (pixels > MAX_PIXELS) {
            throw InvalidInputException.of("file", "document.image-too-large", w, h, MAX_PIXELS / 1_000_000);
        }
        if (Math.max(w, h) > Math.min(w, h) * MAX_RATIO) {
            throw InvalidInputException.of("file", "document.image-too-narrow", w, h, MAX_RATIO);
        }
        if (jpeg != null && jpeg.decodedScanByScan()) {
            if (jpeg.coefficientBytes() > MAX_COEFFICIENT_BYTES) {
                throw InvalidInputException.of("file", "document.image-progressive-too-large", w, h,
                        MAX_COEFFICIENT_BYTES * pixels / jpeg.coefficientBytes() / 1_000_000);
            }
            long maxScans = Math.min(MAX_SCANS, Math.max(1, MAX_PIXEL_PASSES / pixels));
            if (jpeg.scans() > maxScans) {
                throw InvalidInputException.of("file", "document.image-too-many-scans", jpeg.scans(), w, h, maxScans);
            }
        }
        return new Checked(type, (int) w, (int) h, bytesPerPixel, decodable);
    }

    static Reduced reduce(Checked photo) {
        BufferedImage image = decode(photo);
        int w = photo.width();
        int h = photo.height();
        if (w <= MAX_SIDE && h <= MAX_SIDE) {
            return photo.type().equals(JPEG) ? new Reduced(JPEG, jpeg(rgb(image, w, h))) : new Reduced(PNG, png(image));
        }
        int targetW = image.getWidth();
        int targetH = image.getHeight();
        if (Math.max(targetW, targetH) > MAX_SIDE) {
            // From the declared size, so the proportions are the photo's and not those of the subsampled grid.
            double scale = (double) MAX_SIDE / Math.max(w, h);
            targetW = Math.max(1, (int) Math.round(w * scale));
            targetH = Math.max(1, (int) Math.round(h * scale));
        }
        return new Reduced(JPEG, jpeg(rgb(image, targetW, targetH)));
    }

    static InvalidInputException unreadable() {
        return InvalidInputException.of("file", "document.image-unreadable");
    }

    /** The photo decoded with its {@link Checked#subsampling() subsampling}: about the size it will be shown at. */
    static BufferedImage decode(Checked photo) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(photo.type().equals(PNG) ? "png" : "jpeg").next();
        try (ImageInputStream in = new ByteArrayImageInput(photo.decodable())) {
            reader.setInput(in, true, true);
            // The decoder must see the size the header check saw.
            if (reader.getWidth(0) != photo.width() || reader.getHeight(0) != photo.height()) {
                throw unreadable();
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int s = photo.subsampling();
            param.setSourceSubsampling(s, s, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            // Broken data, an unsupported colour transform (a 4-component JPEG that says it is RGB), a broken profile.
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // The PNG reader wraps running out of memory in an IIOException: that is the server's failure, not the file's.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError outOfMemory) {
                    throw outOfMemory;
                }
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    /**
     * Drawn on white: JPEG has no transparency, and a transparent PNG would otherwise turn black. The decoded image is
     * less than twice the target, so bilinear interpolation loses nothing a phone screen would show.
     */
    private static BufferedImage rgb(BufferedImage source, int w, int h) {
        var target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
