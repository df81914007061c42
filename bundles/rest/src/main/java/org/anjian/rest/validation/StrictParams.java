package org.anjian.rest.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;
import org.anjian.api.common.ValidationException;

/**
 * Query, path and header parameters typed in the resource method (integers, booleans, enums, ISO dates) are
 * parsed strictly, and a value that does not parse is a 400 naming the parameter (JAX-RS would answer 404). An
 * empty value is an absent one.
 */
public class StrictParams implements ParamConverterProvider {
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,40}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = ApiParameterNames.nameOf(annotations);
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) converter(name, s -> Math.toIntExact(whole(name, s)));
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) converter(name, s -> whole(name, s));
        }
        if (type == Boolean.class || type == boolean.class) {
            return (ParamConverter<T>) converter(name, s -> switch (s) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new ValidationException(name, "must be true or false");
            });
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, s -> {
                try {
                    return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    throw new ValidationException(name, "must be an ISO date (yyyy-MM-dd)");
                }
            });
        }
        if (type.isEnum()) {
            Class<? extends Enum> e = (Class<? extends Enum>) type;
            String allowed = Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, s -> {
                for (Object c : e.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(s)) {
                        return c;
                    }
                }
                throw new ValidationException(name, "must be one of " + allowed);
            });
        }
        return null;
    }

    private static long whole(String name, String s) {
        if (!WHOLE.matcher(s).matches()) {
            throw new ValidationException(name, "must be a whole number");
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "is out of range");
        }
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (ArithmeticException e) {
                    throw new ValidationException(name, "is out of range");
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> en ? en.name() : value.toString();
            }
        };
    }
}
