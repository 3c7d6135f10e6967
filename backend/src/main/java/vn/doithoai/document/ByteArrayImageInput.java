package vn.doithoai.document;

import java.util.Objects;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * The uploaded bytes as the decoders' input, read in place. ImageIO's own stream over an InputStream keeps a second
 * copy of everything it has read (up to the 10 MB of the upload) for seeking back.
 */
final class ByteArrayImageInput extends ImageInputStreamImpl {

    private final byte[] bytes;

    ByteArrayImageInput(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        bitOffset = 0;
        return streamPos < bytes.length ? bytes[(int) streamPos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, target.length);
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return -1;
        }
        int count = (int) Math.min(length, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, target, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return bytes.length;
    }
}
