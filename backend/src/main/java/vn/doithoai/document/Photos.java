package vn.doithoai.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
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
 */
final class Photos {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final int MAX_SIDE = 1600;
    private static final float JPEG_QUALITY = 0.8f;
    /** A few kilobytes of PNG can claim a huge canvas; refuse it before allocating the pixels. */
    private static final long MAX_PIXELS = 50_000_000L;

    static {
        System.setProperty("java.awt.headless", "true");
        ImageIO.setUseCache(false);
    }

    record Reduced(String contentType, byte[] content) {
    }

    private Photos() {
    }

    static Reduced reduce(byte[] content, String type) {
        BufferedImage image = read(content);
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= MAX_SIDE && h <= MAX_SIDE) {
            return type.equals(JPEG) ? new Reduced(JPEG, jpeg(rgb(image, w, h))) : new Reduced(PNG, png(image));
        }
        double scale = (double) MAX_SIDE / Math.max(w, h);
        return new Reduced(JPEG, jpeg(rgb(image, Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)))));
    }

    private static BufferedImage read(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw InvalidInputException.of("file", "document.image-too-large", MAX_PIXELS / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable();
        }
    }

    private static InvalidInputException unreadable() {
        return InvalidInputException.of("file", "document.image-unreadable");
    }

    /** Drawn on white: JPEG has no transparency, and a transparent PNG would otherwise turn black. */
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
}
