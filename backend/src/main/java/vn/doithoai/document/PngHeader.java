package vn.doithoai.document;

import java.io.ByteArrayOutputStream;

/**
 * What a PNG says about itself before a pixel is decoded (its IHDR), and the same PNG reduced to the chunks that make
 * its pixels: IHDR, PLTE, tRNS, IDAT and IEND. Text, colour profiles and every other ancillary chunk are dropped before
 * the decoder sees them: they would not survive re-encoding anyway, and a compressed one (zTXt, iTXt, iCCP) can inflate
 * to gigabytes in the decoder's metadata reader, whose limits differ from one JDK to the next.
 *
 * @param pixelChunks the PNG to decode: the uploaded bytes themselves when there was nothing to drop
 */
record PngHeader(long width, long height, int bitDepth, int colorType, boolean transparentColour, byte[] pixelChunks) {

    private static final int GRAY = 0;
    private static final int RGB = 2;
    private static final int PALETTE = 3;
    private static final int GRAY_ALPHA = 4;
    private static final int RGBA = 6;

    /** Bytes a pixel takes once decoded: the JDK's reader adds an alpha band for a tRNS colour key. */
    int bytesPerPixel() {
        int bands = switch (colorType) {
            case GRAY -> 1;
            case RGB -> 3;
            case GRAY_ALPHA -> 2;
            case RGBA -> 4;
            default -> 1; // a palette index
        };
        if (transparentColour && (colorType == GRAY || colorType == RGB)) {
            bands++;
        }
        return colorType == PALETTE ? 1 : bands * (bitDepth == 16 ? 2 : 1);
    }

    static PngHeader read(byte[] b) {
        int n = b.length;
        // The signature (8 bytes, seen by FileStore.sniff), then IHDR: length 13, type, 13 bytes, CRC.
        if (n < 33 || u32(b, 8) != 13 || !is(b, 12, "IHDR")) {
            throw Photos.unreadable();
        }
        long width = u32(b, 16);
        long height = u32(b, 20);
        int bitDepth = b[24] & 0xFF;
        int colorType = b[25] & 0xFF;
        boolean valid = switch (colorType) {
            case GRAY -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
            case PALETTE -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
            case RGB, GRAY_ALPHA, RGBA -> bitDepth == 8 || bitDepth == 16;
            default -> false;
        };
        // Compression and filter method 0, no interlacing or Adam7; sides up to 2^31 - 1 (PNG's own limit).
        if (!valid || b[26] != 0 || b[27] != 0 || (b[28] & 0xFF) > 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw Photos.unreadable();
        }
        Chunks chunks = walk(b, null);
        if (!chunks.data || colorType == PALETTE && !chunks.palette) {
            throw Photos.unreadable();
        }
        byte[] pixelChunks = b;
        if (chunks.dropped) {
            var kept = new ByteArrayOutputStream(n);
            walk(b, kept);
            pixelChunks = kept.toByteArray();
        }
        return new PngHeader(width, height, bitDepth, colorType, chunks.transparent, pixelChunks);
    }

    /** What the walk found; nothing is copied unless something must be dropped (a second walk then copies the rest). */
    private static final class Chunks {
        boolean dropped;
        boolean palette;
        boolean transparent;
        boolean data;
    }

    private static Chunks walk(byte[] b, ByteArrayOutputStream kept) {
        int n = b.length;
        var found = new Chunks();
        if (kept != null) {
            kept.write(b, 0, 8);
        }
        int i = 8;
        while (i < n) {
            if (i + 12 > n) {
                throw Photos.unreadable();
            }
            long length = u32(b, i);
            if (length > n - i - 12L) {
                throw Photos.unreadable();
            }
            int end = i + 12 + (int) length;
            for (int k = i + 4; k < i + 8; k++) {
                if (!(b[k] >= 'A' && b[k] <= 'Z' || b[k] >= 'a' && b[k] <= 'z')) {
                    throw Photos.unreadable();
                }
            }
            boolean keep = true;
            if (i == 8) {
                // IHDR, checked by read
            } else if (is(b, i + 4, "PLTE")) {
                found.palette = true;
            } else if (is(b, i + 4, "tRNS")) {
                found.transparent = true;
            } else if (is(b, i + 4, "IDAT")) {
                found.data = true;
            } else if (is(b, i + 4, "IEND")) {
                if (kept != null) {
                    kept.write(b, i, end - i);
                }
                found.dropped |= end < n;
                return found;
            } else if ((b[i + 4] & 0x20) == 0) { // a second IHDR, or a critical chunk no decoder may skip
                throw Photos.unreadable();
            } else {
                keep = false;
                found.dropped = true;
            }
            if (keep && kept != null) {
                kept.write(b, i, end - i);
            }
            i = end;
        }
        return found;
    }

    private static boolean is(byte[] b, int at, String type) {
        for (int k = 0; k < 4; k++) {
            if (b[at + k] != type.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int i) {
        return (b[i] & 0xFFL) << 24 | (b[i + 1] & 0xFFL) << 16 | (b[i + 2] & 0xFFL) << 8 | b[i + 3] & 0xFFL;
    }
}
