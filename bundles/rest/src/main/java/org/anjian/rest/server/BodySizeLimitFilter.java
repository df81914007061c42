package org.anjian.rest.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.anjian.rest.errors.ApiError;
import org.anjian.rest.errors.PayloadTooLargeException;

/** Refuses bodies over the limit: at once when Content-Length says so, otherwise while reading. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    public BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of("PAYLOAD_TOO_LARGE", "the request body exceeds " + maxBytes + " bytes")).build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new PayloadTooLargeException(max);
            }
        }
    }
}
