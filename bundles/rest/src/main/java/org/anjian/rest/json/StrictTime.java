package org.anjian.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Dates and instants only as ISO strings: {@code 2026-12-01} for a date (a date-time is refused, not truncated),
 * {@code 2026-12-01T08:00:00Z} or with an offset for an instant; never numbers or arrays.
 */
public final class StrictTime {
    private StrictTime() {
    }

    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("anjian-strict-time");
        m.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class,
                s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE), "an ISO date (yyyy-MM-dd)"));
        m.addDeserializer(Instant.class, new Strict<>(Instant.class,
                s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
                "an ISO date-time with offset (2026-12-01T08:00:00+08:00 or ...Z)"));
        m.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class,
                s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "an ISO date-time with offset (2026-12-01T08:00:00+08:00 or ...Z)"));
        return m;
    }

    /** The expected form of a value of the type, for messages. */
    public static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "an ISO date (yyyy-MM-dd)";
        }
        return "an ISO date-time with offset (2026-12-01T08:00:00+08:00 or ...Z)";
    }

    static final class Strict<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;
        private final String form;

        Strict(Class<T> type, Function<String, T> parse, String form) {
            super(type);
            this.parse = parse;
            this.form = form;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, "must be %s", form);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "must be %s", form);
            }
        }
    }
}
