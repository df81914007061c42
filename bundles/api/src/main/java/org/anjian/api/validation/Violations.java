package org.anjian.api.validation;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.validation.ConstraintViolation;
import javax.validation.Path;
import javax.validation.metadata.ConstraintDescriptor;
import org.anjian.api.common.ValidationException;

/**
 * Turns Bean Validation's violations into the platform's {@link ValidationException}: the field as a JSON path
 * ({@code guarantors[0].name}) and a message in the platform's words ("is required", "at most 200 characters"),
 * or the constraint's own message when it declares one.
 */
public final class Violations {
    private Violations() {
    }

    /** The violation to report (the first by field path, so the answer does not depend on hashing). */
    public static Optional<ValidationException> first(Collection<? extends ConstraintViolation<?>> violations,
                                                      Function<Path, String> fieldOf) {
        return violations.stream()
                .map(v -> new ValidationException(fieldOf.apply(v.getPropertyPath()), message(v)))
                .min(Comparator.comparing(ValidationException::field).thenComparing(ValidationException::getMessage));
    }

    /** For violations of a validated object: the property path as written in JSON. */
    public static Optional<ValidationException> first(Collection<? extends ConstraintViolation<?>> violations) {
        return first(violations, Violations::jsonPath);
    }

    /** {@code guarantors[0].name} from Bean Validation's path nodes (container element nodes are skipped). */
    public static String jsonPath(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == javax.validation.ElementKind.CONTAINER_ELEMENT) {
                appendIndex(b, node);
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            appendIndex(b, node);
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(node.getName());
        }
        return b.length() == 0 ? "body" : b.toString();
    }

    private static void appendIndex(StringBuilder b, Path.Node node) {
        if (node.isInIterable() && node.getIndex() != null && b.length() > 0) {
            b.append('[').append(node.getIndex()).append(']');
        } else if (node.isInIterable() && node.getKey() != null && b.length() > 0) {
            b.append('[').append(node.getKey()).append(']');
        }
    }

    /** The message of one violation in the platform's words. */
    public static String message(ConstraintViolation<?> v) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        Map<String, Object> a = d.getAttributes();
        Object declared = a.get("message");
        if (declared instanceof String s && !s.startsWith("{")) {
            return s;
        }
        Class<? extends Annotation> type = d.getAnnotation().annotationType();
        String name = type.getSimpleName();
        boolean text = v.getInvalidValue() instanceof CharSequence;
        switch (name) {
            case "NotNull", "NotBlank", "NotEmpty":
                return "is required";
            case "Size": {
                int min = (Integer) a.get("min");
                int max = (Integer) a.get("max");
                String unit = text ? "characters" : "items";
                if (min == max) {
                    return "must be exactly " + max + " " + unit;
                }
                if (min > 0 && max < Integer.MAX_VALUE) {
                    return "must be between " + min + " and " + max + " " + unit;
                }
                return min > 0 ? "at least " + min + " " + unit : "at most " + max + " " + unit;
            }
            case "Min", "DecimalMin":
                return "must be at least " + a.get("value");
            case "Max", "DecimalMax":
                return "must be at most " + a.get("value");
            case "Positive":
                return "must be greater than 0";
            case "PositiveOrZero":
                return "must be 0 or more";
            case "Pattern":
                return "has the wrong format (expected " + a.get("regexp") + ")";
            case "Digits":
                return "must have at most " + a.get("integer") + " integer and " + a.get("fraction") + " fraction digits";
            default:
                return v.getMessage();
        }
    }
}
