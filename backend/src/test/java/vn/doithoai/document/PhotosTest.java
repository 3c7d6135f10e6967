package vn.doithoai.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.InflaterInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.testsupport.CraftedImages;
import vn.doithoai.testsupport.CraftedImages.Chunk;

/**
 * The decoder's bounds, without the HTTP around them: what a header may claim, how far a photo is subsampled while it is
 * decoded, and that nothing but pixels survives. The bombs go through the real endpoints in {@link PhotoBombTest}.
 */
class PhotosTest {

    private static final long HEAP = 256L * 1024 * 1024;

    @Test
    void aPhonePhotoIsDecodedAtAboutTheSizeItWillBeShownNeverInFull() {
        byte[] photo = CraftedImages.withExif(CraftedImages.jpeg(6000, 4000), "GPS-SECRET 17.7N 106.4E");
        Photos.Checked checked = Photos.check(photo, Photos.JPEG);
        assertEquals(3, checked.subsampling());
        BufferedImage decoded = Photos.decode(checked);
        // 2000 × 1334 × 3 B = 8 MB in memory, not the 72 MB of the full photo.
        assertEquals(2000, decoded.getWidth());
        assertEquals(1334, decoded.getHeight());

        Photos.Reduced reduced = Photos.reduce(checked);
        assertEquals(Photos.JPEG, reduced.contentType());
        BufferedImage shown = read(reduced.content());
        assertEquals(1600, shown.getWidth());
        assertEquals(1067, shown.getHeight());
        assertFalse(holds(reduced.content(), "GPS-SECRET"), "metadata kept");
    }

    @Test
    void theDecodedRasterStaysWithinItsBudgetWhateverThePixelDepth() {
        // 16-bit RGBA, 8 bytes a pixel: at the usual subsampling (1) it would take 72 MB.
        int w = 3000;
        byte[] deep = CraftedImages.png(w, w, 16, CraftedImages.PNG_RGBA, CraftedImages.zlibZeros((long) w * (1 + w * 8L)));
        Photos.Checked checked = Photos.check(deep, Photos.PNG);
        assertEquals(8, checked.bytesPerPixel());
        assertEquals(2, checked.subsampling());
        BufferedImage decoded = Photos.decode(checked);
        assertEquals(1500, decoded.getWidth());
        assertTrue((long) decoded.getWidth() * decoded.getHeight() * 8 <= Photos.MAX_DECODED_BYTES);
        // Never enlarged back: shown at the size it was decoded at.
        assertEquals(1500, read(Photos.reduce(checked).content()).getWidth());
    }

    @Test
    void smallPhotosKeepTheirFormatAndLoseTheirMetadata() {
        BufferedImage small = CraftedImages.picture(400, 300);
        byte[] png = CraftedImages.png(small);
        Photos.Reduced keptPng = Photos.reduce(Photos.check(png, Photos.PNG));
        assertEquals(Photos.PNG, keptPng.contentType());
        assertEquals(400, read(keptPng.content()).getWidth());

        byte[] jpeg = CraftedImages.withExif(CraftedImages.jpeg(small, false), "GPS-SECRET");
        Photos.Reduced keptJpeg = Photos.reduce(Photos.check(jpeg, Photos.JPEG));
        assertEquals(Photos.JPEG, keptJpeg.contentType());
        assertEquals(300, read(keptJpeg.content()).getHeight());
        assertFalse(holds(keptJpeg.content(), "GPS-SECRET"));
    }

    @Test
    void headersClaimingTooMuchAreRefusedBeforeAnythingIsDecoded() {
        byte[] small = CraftedImages.jpeg(64, 48);
        byte[] progressive = CraftedImages.jpeg(CraftedImages.picture(64, 48), true);
        refused(CraftedImages.pngHeaderBomb(7000, 7000), Photos.PNG, "document.image-too-large", 7000L, 7000L, 40L);
        refused(CraftedImages.pngIdatBomb(40000, 25000), Photos.PNG, "document.image-too-large", 40000L, 25000L, 40L);
        refused(CraftedImages.withDeclaredSize(small, 65500, 65500), Photos.JPEG, "document.image-too-large", 65500L, 65500L, 40L);
        refused(CraftedImages.withDeclaredSize(small, 7000, 7000), Photos.JPEG, "document.image-too-large", 7000L, 7000L, 40L);
        // Within 40 MP, but a line: 40000 × 2 px.
        refused(CraftedImages.withDeclaredSize(small, 40000, 2), Photos.JPEG, "document.image-too-narrow", 40000L, 2L, 40);
        refused(CraftedImages.pngHeaderBomb(2, 100000), Photos.PNG, "document.image-too-narrow", 2L, 100000L, 40);
        refused(CraftedImages.withDeclaredSize(small, 640, 0), Photos.JPEG, "document.image-no-pixels", 640L, 0L);
        refused(CraftedImages.pngHeaderBomb(0, 480), Photos.PNG, "document.image-no-pixels", 0L, 480L);
        // PNG's own limit is 2^31 - 1 a side; the unsigned 2^32 - 1 is not a size.
        refused(CraftedImages.png(0xFFFFFFFFL, 10, 8, CraftedImages.PNG_GRAY, CraftedImages.zlib(new byte[10])), Photos.PNG,
                "document.image-unreadable");
        // Progressive at 4:2:0, 3 B of coefficients a pixel: 8000 × 5000 needs 120 MB, 22 MP fit in 64 MB.
        refused(CraftedImages.withDeclaredSize(progressive, 8000, 5000), Photos.JPEG, "document.image-progressive-too-large", 8000L,
                5000L, 22L);
        // 2000 scans, each a full decode by the JDK's reader.
        byte[] scans = CraftedImages.withRepeatedScan(CraftedImages.jpeg(CraftedImages.picture(400, 300), true), 2000);
        refused(scans, Photos.JPEG, "document.image-too-many-scans", 2009, 400L, 300L, 64L);
        // A progressive photo of 20 MP: 400 million pixel passes allow 20 scans, not 25.
        refused(CraftedImages.withDeclaredSize(CraftedImages.withRepeatedScan(progressive, 16), 5000, 4000), Photos.JPEG,
                "document.image-too-many-scans", 25, 5000L, 4000L, 20L);
    }

    @Test
    void malformedHeadersAreUnreadableNotErrors() {
        byte[] small = CraftedImages.jpeg(64, 48);
        byte[] zlib = CraftedImages.zlib(new byte[10 * 41]);
        // Colour type 2 (RGB) at 4 bits, a PNG with no image data, an unknown critical chunk.
        refused(CraftedImages.png(10, 10, 4, CraftedImages.PNG_RGB, zlib), Photos.PNG, "document.image-unreadable");
        byte[] noData = CraftedImages.png(10, 10, 8, CraftedImages.PNG_RGBA, zlib);
        refused(replace(noData, "IDAT", "IDAx"), Photos.PNG, "document.image-unreadable");
        refused(CraftedImages.png(10, 10, 8, CraftedImages.PNG_RGBA, zlib, new Chunk("QUUX", new byte[4])), Photos.PNG,
                "document.image-unreadable");
        // A chunk longer than the file.
        byte[] truncated = CraftedImages.png(10, 10, 8, CraftedImages.PNG_RGBA, zlib);
        refused(Arrays.copyOf(truncated, truncated.length - 20), Photos.PNG, "document.image-unreadable");
        // A palette image without its palette.
        refused(CraftedImages.png(10, 10, 8, CraftedImages.PNG_PALETTE, CraftedImages.zlib(new byte[110])), Photos.PNG,
                "document.image-unreadable");
        // 12-bit samples; an arithmetic-coded frame (SOF9); only the start of a file.
        byte[] twelveBit = small.clone();
        twelveBit[sof(twelveBit) + 4] = 12;
        refused(twelveBit, Photos.JPEG, "document.image-unreadable");
        byte[] arithmetic = small.clone();
        arithmetic[sof(arithmetic) + 1] = (byte) 0xC9;
        refused(arithmetic, Photos.JPEG, "document.image-unreadable");
        refused(Arrays.copyOf(small, 20), Photos.JPEG, "document.image-unreadable");
        // A JPEG whose data is garbage after a sound header: refused by the decoder, cleanly.
        byte[] garbage = small.clone();
        for (int i = garbage.length / 2; i < garbage.length - 2; i++) {
            garbage[i] = (byte) 0xFF;
        }
        // libjpeg fills what it cannot decode with grey and warns; either way there is no 500.
        try {
            Photos.reduce(Photos.check(garbage, Photos.JPEG));
        } catch (InvalidInputException e) {
            assertEquals("document.image-unreadable", e.violations().get(0).messageKey());
        }
    }

    @Test
    void aCmykJpegIsConvertedAndOneTheDecoderCannotReadIsACleanRefusal() {
        byte[] cmyk = CraftedImages.cmykJpeg(200, 100);
        Photos.Reduced reduced = Photos.reduce(Photos.check(cmyk, Photos.JPEG));
        BufferedImage rgb = read(reduced.content());
        assertEquals(200, rgb.getWidth());
        assertEquals(3, rgb.getColorModel().getNumComponents());

        // Four components that an Adobe marker calls RGB-like (transform 1): the JDK has no conversion for it.
        byte[] adobe = withAdobeTransform(cmyk, 1);
        Photos.Checked checked = Photos.check(adobe, Photos.JPEG);
        var refusal = assertThrows(InvalidInputException.class, () -> Photos.reduce(checked));
        assertEquals("document.image-unreadable", refusal.violations().get(0).messageKey());
    }

    @Test
    void compressedPngChunksNeverReachTheDecoder() throws IOException {
        // zTXt and iCCP whose zlib streams inflate to 512 MB each, twice the production heap, in 3.3 MB each.
        byte[] bomb = CraftedImages.zlibZeros(2 * HEAP);
        assertTrue(inflatesBeyond(bomb, HEAP), "not a bomb");
        BufferedImage small = CraftedImages.picture(320, 240);
        byte[] clean = CraftedImages.png(small);
        byte[] pixels = Arrays.copyOfRange(clean, 33, clean.length); // after IHDR: IDAT… IEND
        byte[] png = concat(Arrays.copyOf(clean, 33), chunk("iCCP", CraftedImages.compressedText("ICC", bomb)),
                chunk("zTXt", CraftedImages.compressedText("Comment", bomb)), chunk("tEXt", "Author\0GPS-SECRET".getBytes(StandardCharsets.ISO_8859_1)),
                pixels);

        long t0 = System.nanoTime();
        Photos.Checked checked = Photos.check(png, Photos.PNG);
        Photos.Reduced reduced = Photos.reduce(checked);
        System.out.printf("[photos] PNG with a 512 MB iCCP and zTXt: checked and re-encoded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertArrayEquals(clean, checked.decodable(), "only IHDR, IDAT and IEND reach the decoder");
        assertEquals(Photos.PNG, reduced.contentType());
        assertFalse(holds(reduced.content(), "zTXt") || holds(reduced.content(), "iCCP") || holds(reduced.content(), "GPS-SECRET"));
        assertEquals(320, read(reduced.content()).getWidth());

        // Nothing to drop: the upload itself is decoded, not a copy of it.
        assertSame(clean, Photos.check(clean, Photos.PNG).decodable());
    }

    @Test
    void aPngsImageDataIsInflatedOnlyAsFarAsItsDeclaredRowsNeed() throws IOException {
        // 6000 × 6000 grey (36 MP, within the limit): its rows need 36 MB; the IDAT holds a gigabyte of zeros.
        long gigabyte = 1_000_000_000L;
        byte[] idat = CraftedImages.zlibZeros(gigabyte);
        byte[] png = CraftedImages.png(6000, 6000, 8, CraftedImages.PNG_GRAY, idat);
        assertTrue(png.length < FileStore.MAX_BYTES);

        // The same image with just the 36 MB its rows need, decoded first (so both run warm).
        byte[] exact = CraftedImages.pngIdatBomb(6000, 6000);
        Photos.reduce(Photos.check(exact, Photos.PNG));
        long t0 = System.nanoTime();
        Photos.reduce(Photos.check(exact, Photos.PNG));
        long decodedExact = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        Photos.Reduced reduced = Photos.reduce(Photos.check(png, Photos.PNG));
        long decoded = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1600, read(reduced.content()).getWidth());
        t0 = System.nanoTime();
        assertTrue(inflatesBeyond(idat, gigabyte - 1));
        long inflatedAll = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[photos] 6000x6000 grey PNG: with 36 MB of image data decoded in %d ms; with a %d-byte IDAT inflating to 1 GB "
                + "decoded in %d ms; inflating that IDAT alone takes %d ms%n", decodedExact, png.length, decoded, inflatedAll);
    }

    @Test
    void aProgressivePhotoWithinTheLimitsIsAccepted() {
        byte[] progressive = CraftedImages.jpeg(CraftedImages.picture(4000, 3000), true);
        Photos.Checked checked = Photos.check(progressive, Photos.JPEG);
        assertEquals(2, checked.subsampling());
        BufferedImage shown = read(Photos.reduce(checked).content());
        assertEquals(1600, shown.getWidth());
        assertEquals(1200, shown.getHeight());
    }

    private static void refused(byte[] content, String type, String key, Object... args) {
        long t0 = System.nanoTime();
        var e = assertThrows(InvalidInputException.class, () -> Photos.check(content, type), key);
        long micros = (System.nanoTime() - t0) / 1000;
        InvalidInputException.Violation v = e.violations().get(0);
        assertEquals("file", v.field());
        assertEquals(key, v.messageKey());
        assertEquals(List.of(args), List.of(v.args()), key);
        System.out.printf("[photos] %-40s %9d bytes refused by its header in %6d µs%n", key, content.length, micros);
    }

    private static boolean inflatesBeyond(byte[] zlib, long bytes) throws IOException {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(zlib))) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > bytes) {
                    return true;
                }
            }
            return false;
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        // An empty PNG of one chunk, cut back to that chunk.
        byte[] png = CraftedImages.png(1, 1, 8, CraftedImages.PNG_GRAY, new byte[0], new Chunk(type, data));
        return Arrays.copyOfRange(png, 33, 33 + 12 + data.length);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] replace(byte[] b, String from, String to) {
        String s = new String(b, StandardCharsets.ISO_8859_1).replace(from, to);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] withAdobeTransform(byte[] jpeg, int transform) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform });
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Offset of the frame header (FFC0 from ImageIO's writer). */
    private static int sof(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xC0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no SOF0");
    }

    private static BufferedImage read(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean holds(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
