package dev.orderrelay.receiver.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a limit, without ever holding more than the limit plus one byte. */
final class BoundedBody {

    private BoundedBody() {}

    /** The body, or empty when it is longer than {@code maxBytes}. */
    static Optional<byte[]> read(InputStream in, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            return Optional.empty();
        }
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        byte[] body = in.readNBytes(cap);
        return body.length > maxBytes ? Optional.empty() : Optional.of(body);
    }
}
