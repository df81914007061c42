package org.anjian.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server-level error handler: what Jetty refuses before any servlet runs (a URI or headers too long, a
 * malformed request line) is answered in the API's JSON error format instead of Jetty's HTML.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return ByteBuffer.allocate(0);
        }
        fields.put(HttpHeader.CONTENT_TYPE, JsonError.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonError.of(JsonError.codeFor(status), describe(status, reason)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        byte[] body = JsonError.of(JsonError.codeFor(code), describe(code, message));
        response.setContentType(JsonError.CONTENT_TYPE);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static String describe(int status, String reason) {
        return switch (status) {
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            default -> reason == null || reason.isBlank() ? "HTTP " + status : reason;
        };
    }
}
