package vn.doithoai.testsupport;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos and image bombs made byte by byte: files a few kilobytes long that declare a huge canvas, zlib streams that
 * inflate to gigabytes, JPEGs whose header lies about their size or that repeat a scan thousands of times. Everything
 * is generated here, so no test depends on a file someone once downloaded.
 */
public final class CraftedImages {

    public static final int PNG_GRAY = 0;
    public static final int PNG_RGB = 2;
    public static final int PNG_PALETTE = 3;
    public static final int PNG_RGBA = 6;

    private CraftedImages() {
    }

    // ---------------------------------------------------------------- photos

    /** A photo-like picture (gradients and grain, so encoders have work to do), w × h, 3 bytes a pixel. */
    public static BufferedImage picture(int w, int h) {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int seed = 12345;
        for (int y = 0; y < h; y++) {
            int row = y * w * 3;
            for (int x = 0; x < w; x++) {
                seed = seed * 1103515245 + 12345;
                int grain = (seed >>> 16) & 15;
                data[row + x * 3] = (byte) (128 + grain);
                data[row + x * 3 + 1] = (byte) (y * 255 / h + grain);
                data[row + x * 3 + 2] = (byte) (x * 255 / w + grain);
            }
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A photo as a phone sends it: baseline JPEG. */
    public static byte[] jpeg(int w, int h) {
        return jpeg(picture(w, h), false);
    }

    public static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A CMYK JPEG, as print shops and some scanners save them. */
    public static byte[] cmykJpeg(int w, int h) {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setPixel(x, y, new int[] { x * 255 / w, y * 255 / h, 64, 16 });
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An APP1 Exif segment right after the start marker, as cameras write it, holding a marker one can look for. */
    public static byte[] withExif(byte[] jpeg, String secret) {
        byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- JPEG bombs

    /** The same JPEG whose frame header (SOF) claims another size: the entropy-coded data stays that of the small one. */
    public static byte[] withDeclaredSize(byte[] jpeg, int w, int h) {
        byte[] b = jpeg.clone();
        int sof = segment(b, 0xC0, 0xC2);
        b[sof + 5] = (byte) (h >> 8);
        b[sof + 6] = (byte) h;
        b[sof + 7] = (byte) (w >> 8);
        b[sof + 8] = (byte) w;
        return b;
    }

    /** The same JPEG with its first scan (SOS header and entropy-coded data) sent {@code times} times in all. */
    public static byte[] withRepeatedScan(byte[] jpeg, int times) {
        int sos = segment(jpeg, 0xDA, 0xDA);
        int end = sos + 2 + (((jpeg[sos + 2] & 0xFF) << 8) | (jpeg[sos + 3] & 0xFF));
        while (!(jpeg[end] == (byte) 0xFF && jpeg[end + 1] != 0 && ((jpeg[end + 1] & 0xFF) < 0xD0 || (jpeg[end + 1] & 0xFF) > 0xD7))) {
            end++;
        }
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, end);
        for (int i = 1; i < times; i++) {
            out.write(jpeg, sos, end - sos);
        }
        out.write(jpeg, end, jpeg.length - end);
        return out.toByteArray();
    }

    /** Offset of the first marker between FF{from} and FF{to} outside the payload of other segments. */
    private static int segment(byte[] b, int from, int to) {
        int i = 2;
        while (i + 4 <= b.length) {
            int marker = b[i + 1] & 0xFF;
            if (marker >= from && marker <= to) {
                return i;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        throw new IllegalArgumentException("no such segment");
    }

    // ---------------------------------------------------------------- PNG bombs

    /** A PNG chunk: type and data (the length and the CRC are computed). */
    public record Chunk(String type, byte[] data) {
    }

    /** A PNG: header, the given extra chunks before the image data, the image data as given, end. */
    public static byte[] png(long w, long h, int bitDepth, int colorType, byte[] zlib, Chunk... before) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt((int) w).putInt((int) h).put((byte) bitDepth).put((byte) colorType)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        for (Chunk c : before) {
            chunk(out, c.type(), c.data());
        }
        chunk(out, "IDAT", zlib);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Rows of an RGBA PNG w × h, but image data for its first rows only: a few hundred bytes that claim w × h × 4 bytes. */
    public static byte[] pngHeaderBomb(int w, int h) {
        return png(w, h, 8, PNG_RGBA, zlib(new byte[10 * (1 + w * 4)]));
    }

    /**
     * A grey PNG w × h whose image data is one complete zlib stream of zeros, all the bytes its rows need: w × h
     * (plus a filter byte a row) once inflated, from about 1/158 of that in the file.
     */
    public static byte[] pngIdatBomb(int w, int h) {
        return png(w, h, 8, PNG_GRAY, zlibZeros((long) h * (w + 1L)));
    }

    /** zlib by the JDK's deflater (for small inputs). */
    public static byte[] zlib(byte[] raw) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /**
     * A zlib stream that inflates to {@code n} zero bytes, written directly (a deflater would take seconds a gigabyte): one
     * fixed-Huffman block of a literal 0 followed by matches of 258 bytes at distance 1, 13 bits each.
     */
    public static byte[] zlibZeros(long n) {
        var bits = new BitWriter((int) (n / 258 * 13 / 8 + 1024));
        bits.write(0x78, 8);
        bits.write(0x01, 8);
        bits.value(1, 1); // BFINAL
        bits.value(1, 2); // BTYPE 01: fixed Huffman codes
        bits.code(0x30, 8); // literal 0
        long left = n - 1;
        for (long i = left / 258; i > 0; i--) {
            bits.code(0xC5, 8); // length 258 (symbol 285)
            bits.code(0, 5); // distance 1
        }
        for (long i = left % 258; i > 0; i--) {
            bits.code(0x30, 8);
        }
        bits.code(0, 7); // end of block
        bits.align();
        long adler = ((n % 65521) << 16) | 1;
        bits.write((int) (adler >>> 24) & 0xFF, 8);
        bits.write((int) (adler >>> 16) & 0xFF, 8);
        bits.write((int) (adler >>> 8) & 0xFF, 8);
        bits.write((int) adler & 0xFF, 8);
        return bits.bytes();
    }

    /** A zTXt or iCCP payload: a keyword, its null, the compression method 0, then the given zlib stream. */
    public static byte[] compressedText(String keyword, byte[] zlib) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
        out.write(0);
        out.writeBytes(zlib);
        return out.toByteArray();
    }

    /** Deflate's bit order: fields from the least significant bit, Huffman codes from their most significant bit. */
    private static final class BitWriter {
        private byte[] buffer;
        private int length;
        private int current;
        private int used;

        BitWriter(int capacity) {
            buffer = new byte[Math.max(16, capacity)];
        }

        void value(int value, int count) {
            for (int i = 0; i < count; i++) {
                bit((value >>> i) & 1);
            }
        }

        void code(int code, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bit((code >>> i) & 1);
            }
        }

        /** A whole byte at a byte boundary (zlib's header and trailer). */
        void write(int value, int count) {
            value(value, count);
        }

        void bit(int b) {
            current |= b << used;
            if (++used == 8) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                buffer[length++] = (byte) current;
                current = 0;
                used = 0;
            }
        }

        void align() {
            while (used != 0) {
                bit(0);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, length);
        }
    }
}
