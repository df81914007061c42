package org.anjian.rest.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Malformed or mistyped JSON is a 400 naming the offending field (its JSON path). */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        JsonParseException syntax = syntaxError(e);
        if (syntax != null) {
            return Errors.response(400, ApiError.of("MALFORMED_JSON", "the body is not valid JSON: "
                    + syntax.getOriginalMessage()));
        }
        if (e instanceof JsonMappingException m) {
            Throwable root = m;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof PayloadTooLargeException tooLarge) {
                return Errors.response(413, ApiError.of("PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
            }
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (field.isEmpty()) {
                field = "body";
            }
            String message = e instanceof UnrecognizedPropertyException ? "unknown field" : wrongValue(e);
            return Errors.response(400, ApiError.of("INVALID_JSON", field + ": " + message, field));
        }
        return Errors.response(400, ApiError.of("MALFORMED_JSON", "the body is not valid JSON"));
    }

    /** Says what was expected without naming internal Java types. */
    private static String wrongValue(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            StringBuilder allowed = new StringBuilder();
            for (Object c : f.getTargetType().getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(((Enum<?>) c).name());
            }
            return "must be one of " + allowed;
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null
                && java.time.temporal.Temporal.class.isAssignableFrom(f.getTargetType())) {
            return "must be an ISO date (yyyy-MM-dd)";
        }
        return "has the wrong type or format";
    }

    /** A syntax error, possibly wrapped by data binding (truncated bodies surface that way). */
    private static JsonParseException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException p) {
                return p;
            }
        }
        return null;
    }
}
