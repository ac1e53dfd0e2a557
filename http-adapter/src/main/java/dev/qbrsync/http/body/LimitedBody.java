package dev.qbrsync.http.body;

import io.javalin.http.Context;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A request body that may not exceed a limit: a declared Content-Length over it is refused before anything is read,
 * and a body without one stops with {@link BodyTooLargeException} as soon as it passes the limit. Close it when done,
 * so a body refused before its end is still read to its end (within the limit).
 */
public final class LimitedBody {

    private LimitedBody() {
    }

    public static InputStream of(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new BodyTooLargeException(limit);
        }
        return new FilterInputStream(ctx.bodyInputStream()) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            /**
             * Reads what is left of the body and throws it away (up to the limit) before closing: a connection closed
             * with unread bytes is reset, and a client still sending a body the server refused early (malformed,
             * too deep) could lose the answer that says why.
             */
            @Override
            public void close() throws IOException {
                try {
                    transferTo(OutputStream.nullOutputStream());
                } catch (BodyTooLargeException | IOException leftUnread) {
                    // Past the limit or cut off: the answer goes out all the same, and the connection is closed.
                }
                super.close();
            }

            private void count(int bytes) {
                read += bytes;
                if (read > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
        };
    }
}
