package vn.doithoai.document;

/**
 * What a JPEG says about itself before a pixel is decoded: its frame (size, components, sampling) and how many scans
 * follow. Read by walking the markers and skipping the entropy-coded data, in one pass over the bytes and without
 * allocating anything.
 *
 * @param coefficientBytes what the decoder keeps in (native) memory for the whole image when it cannot decode in one
 *        pass: every DCT coefficient, two bytes each, of every component at its own sampling
 */
record JpegHeader(int width, int height, int components, boolean progressive, int scans, long coefficientBytes) {

    /**
     * A progressive JPEG, or one whose components come in separate scans, is decoded from a buffer of the whole image's
     * coefficients, and (by the JDK's reader) rendered once after every scan.
     */
    boolean decodedScanByScan() {
        return progressive || scans > 1;
    }

    static JpegHeader read(byte[] b) {
        int n = b.length;
        int i = 2; // after SOI, which FileStore.sniff has seen
        int[] frame = null;
        boolean progressive = false;
        int scans = 0;
        while (i + 1 < n) {
            if ((b[i] & 0xFF) != 0xFF) { // stray bytes between segments: skipped to the next marker, as libjpeg does
                i++;
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte before a marker
                i++;
                continue;
            }
            i += 2;
            if (marker == 0xD9) { // EOI: anything after it is not the image
                break;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) { // TEM, RSTn: no length
                continue;
            }
            if (marker == 0x00 || marker == 0xD8 || i + 2 > n) {
                throw Photos.unreadable();
            }
            int length = u16(b, i);
            if (length < 2 || i + length > n) {
                throw Photos.unreadable();
            }
            if (isFrame(marker)) {
                // Huffman-coded baseline, extended and progressive frames are what the JDK's decoder reads; a second
                // frame, lossless, hierarchical or arithmetic coding are refused here rather than by the decoder.
                if (frame != null || marker > 0xC2) {
                    throw Photos.unreadable();
                }
                frame = frame(b, i, length);
                progressive = marker == 0xC2;
            } else if (marker == 0xDA) {
                if (frame == null || length < 3) {
                    throw Photos.unreadable();
                }
                scans++;
                i += length;
                // Entropy-coded data runs to the next marker: 0xFF not followed by a stuffed 0 or a restart marker.
                while (i + 1 < n && !((b[i] & 0xFF) == 0xFF && b[i + 1] != 0 && ((b[i + 1] & 0xFF) < 0xD0 || (b[i + 1] & 0xFF) > 0xD7))) {
                    i++;
                }
                continue;
            }
            i += length;
        }
        if (frame == null || scans == 0) {
            throw Photos.unreadable();
        }
        return new JpegHeader(frame[1], frame[0], frame[2], progressive, scans, coefficientBytes(frame));
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Height, width, component count, then each component's horizontal and vertical sampling factors. */
    private static int[] frame(byte[] b, int i, int length) {
        if (length < 8) {
            throw Photos.unreadable();
        }
        int precision = b[i + 2] & 0xFF;
        int components = b[i + 7] & 0xFF;
        // 8-bit samples only (the JDK's decoder has no 12-bit path); grey, YCbCr or RGB, and CMYK or YCCK.
        if (precision != 8 || components != 1 && components != 3 && components != 4 || length != 8 + 3 * components) {
            throw Photos.unreadable();
        }
        int[] frame = new int[3 + 2 * components];
        frame[0] = u16(b, i + 3);
        frame[1] = u16(b, i + 5);
        frame[2] = components;
        for (int c = 0; c < components; c++) {
            int sampling = b[i + 9 + 3 * c] & 0xFF;
            int h = sampling >> 4;
            int v = sampling & 0x0F;
            if (h < 1 || h > 4 || v < 1 || v > 4) {
                throw Photos.unreadable();
            }
            frame[3 + 2 * c] = h;
            frame[4 + 2 * c] = v;
        }
        return frame;
    }

    /** As libjpeg sizes its whole-image coefficient arrays: 8×8 blocks per component, rounded up to whole MCUs. */
    private static long coefficientBytes(int[] frame) {
        int components = frame[2];
        int hMax = 1;
        int vMax = 1;
        for (int c = 0; c < components; c++) {
            hMax = Math.max(hMax, frame[3 + 2 * c]);
            vMax = Math.max(vMax, frame[4 + 2 * c]);
        }
        long bytes = 0;
        for (int c = 0; c < components; c++) {
            int h = frame[3 + 2 * c];
            int v = frame[4 + 2 * c];
            long blocksWide = roundUp(ceilDiv((long) frame[1] * h, 8L * hMax), h);
            long blocksHigh = roundUp(ceilDiv((long) frame[0] * v, 8L * vMax), v);
            bytes += blocksWide * blocksHigh * 64 * 2;
        }
        return bytes;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static long roundUp(long a, long b) {
        return ceilDiv(a, b) * b;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }
}
