package org.anjian.rest.errors;

import java.io.IOException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** An oversized body is a 413; any other read failure of the request is a 400. */
public class IoExceptionMapper implements ExceptionMapper<IOException> {
    @Override
    public Response toResponse(IOException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof PayloadTooLargeException) {
                return Errors.response(413, ApiError.of("PAYLOAD_TOO_LARGE", t.getMessage()));
            }
            t = t.getCause();
        }
        return Errors.response(400, ApiError.of("BAD_REQUEST", "the request body could not be read"));
    }
}
