package org.anjian.rest.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.anjian.rest.json.StrictTime;
import org.anjian.rest.json.TextNotAllowedException;

/**
 * Malformed or mistyped JSON is a 400 naming the offending field (its JSON path) and what it must be, in the
 * JSON vocabulary (a string, a whole number, true or false), never a Java type.
 */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        JsonParseException syntax = syntaxError(e);
        if (syntax != null) {
            String message = syntax.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                String field = duplicatePath(syntax);
                return Errors.response(400, ApiError.of("DUPLICATE_KEY", field + ": appears more than once", field));
            }
            return Errors.response(400, ApiError.of("MALFORMED_JSON", "body: is not valid JSON: " + message, "body"));
        }
        if (e instanceof JsonMappingException m) {
            Throwable root = m;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof PayloadTooLargeException tooLarge) {
                return Errors.response(413, ApiError.of("PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
            }
            String field = path(m);
            String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                    : root instanceof InputCoercionException ? "is out of range"
                    : e instanceof TextNotAllowedException t ? t.getOriginalMessage()
                    : wrongValue(e);
            return Errors.response(400, ApiError.of("INVALID_JSON", field + ": " + message, field));
        }
        return Errors.response(400, ApiError.of("MALFORMED_JSON", "body: is not valid JSON", "body"));
    }

    private static String path(JsonMappingException m) {
        String field = m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.isEmpty() ? "body" : field;
    }

    /** What the value must be, in JSON terms. */
    static String wrongValue(JsonProcessingException e) {
        Class<?> target = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        if (target == null) {
            return "has the wrong type or format";
        }
        if (target.isEnum()) {
            StringBuilder allowed = new StringBuilder();
            for (Object c : target.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(((Enum<?>) c).name());
            }
            return "must be one of " + allowed;
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be " + StrictTime.expected(target);
        }
        if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
            return "must be a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class || target == BigInteger.class) {
            return e instanceof InvalidFormatException f && f.getValue() instanceof String ? "must be a whole number, not a string"
                    : "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class
                || target == BigDecimal.class) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has the wrong type or format";
    }

    /** The JSON path of a key that appears twice in its object. */
    private static String duplicatePath(JsonParseException e) {
        JsonParser p = e.getProcessor();
        if (p != null) {
            StringBuilder b = new StringBuilder();
            for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                String part = c.inArray() ? "[" + c.getCurrentIndex() + "]"
                        : c.getCurrentName() == null ? "" : c.getCurrentName();
                if (b.length() > 0 && !b.toString().startsWith("[") && !part.isEmpty()) {
                    b.insert(0, '.');
                }
                b.insert(0, part);
            }
            if (b.length() > 0) {
                return b.toString();
            }
        }
        String message = e.getOriginalMessage();
        int quote = message.indexOf('\'');
        return quote >= 0 ? message.substring(quote + 1, message.lastIndexOf('\'')) : "body";
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
