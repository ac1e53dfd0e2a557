package dev.qbrsync.http.body;

import io.javalin.http.Context;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may not exceed a limit: a declared Content-Length over it is refused before anything is read,
 * and a body without one stops with {@link BodyTooLargeException} as soon as it passes the limit.
 */
public final class LimitedBody {

    private LimitedBody() {
    }

    public static InputStream of(Context ctx, long limit) {
        long declared = ctx.contentLength();
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

            private void count(int bytes) {
                read += bytes;
                if (read > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
        };
    }
}
