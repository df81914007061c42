package org.anjian.itests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of the JSON values a schema allows: enums, patterns (from examples, values the API has shown,
 * or generated from the pattern), dates, bounded numbers, strings of every length up to the limit (the limit
 * itself included, so that a column narrower than its declaration shows), objects with their required
 * properties and some optional ones, nulls where nullable.
 */
final class Values {
    /** Text of the kind the API holds: Chinese, letters, digits, a space. */
    private static final String ALPHABET = "安监示范县城关街道临江镇化工企业隐患整改应急管理局危险品园区设备检验网格"
            + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ContractDocument document;
    private final Observed observed;
    private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
    /** RFC 3339 always has the seconds (OffsetDateTime.toString drops them when they are zero: 1 run in 60 failed). */
    private static final java.time.format.DateTimeFormatter RFC_3339 =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    Values(ContractDocument document, Observed observed) {
        this.document = document;
        this.observed = observed;
    }

    Arbitrary<JsonNode> valid(JsonNode schema, String name) {
        return valid(schema, name, 0);
    }

    private Arbitrary<JsonNode> valid(JsonNode wrapped, String name, int depth) {
        JsonNode schema = document.resolve(wrapped);
        Arbitrary<JsonNode> value = nonNull(schema, name, depth);
        if (document.nullable(wrapped)) {
            value = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(NullNode.getInstance())), Tuple.of(5, value));
        }
        return value;
    }

    private Arbitrary<JsonNode> nonNull(JsonNode schema, String name, int depth) {
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "integer" -> integers(schema);
            case "number" -> numbers(schema);
            case "boolean" -> Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE).map(b -> (JsonNode) b);
            case "array" -> arrays(schema, name, depth);
            case "object" -> objects(schema, depth);
            default -> strings(schema, name);
        };
    }

    private Arbitrary<JsonNode> strings(JsonNode schema, String name) {
        List<Tuple.Tuple2<Integer, Arbitrary<JsonNode>>> choices = new ArrayList<>();
        List<JsonNode> seen = name == null ? List.of() : observed.named(name).stream().filter(JsonNode::isTextual).toList();
        String pattern = schema.path("pattern").asText(null);
        java.util.regex.Pattern regex = pattern == null ? null : java.util.regex.Pattern.compile(pattern);
        if (!seen.isEmpty()) {
            int min = schema.path("minLength").asInt(0);
            int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            String seenFormat = schema.path("format").asText("");
            List<JsonNode> fitting = seen.stream()
                    .filter(v -> regex == null || regex.matcher(v.asText()).matches())
                    // another module's field of the same name may hold another format (a date where this is a time)
                    .filter(v -> fitsFormat(seenFormat, v.asText()))
                    .filter(v -> v.asText().codePointCount(0, v.asText().length()) >= min
                            && v.asText().codePointCount(0, v.asText().length()) <= max)
                    .toList();
            if (!fitting.isEmpty()) {
                choices.add(Tuple.of(6, Arbitraries.of(fitting)));
            }
        }
        if (schema.has("example") && schema.get("example").isTextual()) {
            choices.add(Tuple.of(2, Arbitraries.just(schema.get("example"))));
        }
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            choices.add(Tuple.of(6, Arbitraries.integers().between(-30, 400)
                    .map(d -> (JsonNode) TextNode.valueOf(today.plusDays(d).toString()))));
        } else if (format.equals("date-time")) {
            choices.add(Tuple.of(6, Arbitraries.integers().between(0, 30 * 24 * 60)
                    .map(m -> (JsonNode) TextNode.valueOf(RFC_3339.format(OffsetDateTime.now(ZoneOffset.ofHours(8))
                            .minusMinutes(m).withNano(0))))));
        } else if (pattern != null) {
            choices.add(Tuple.of(4, Arbitraries.randomValue(r -> (JsonNode) TextNode.valueOf(RegexValues.generate(pattern, r)))));
        } else {
            int min = schema.path("minLength").asInt(0);
            int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Math.max(min, 40);
            // where the document says blanks only are missing, a valid required text has something else in it
            boolean nonBlank = min > 0 && document.blankTextIsMissing();
            Arbitrary<String> text = Arbitraries.strings().withChars(ALPHABET.toCharArray())
                    .ofMinLength(min).ofMaxLength(Math.min(max, min + 60)).filter(t -> !nonBlank || !t.isBlank());
            choices.add(Tuple.of(6, text.map(TextNode::valueOf)));
            // the declared limit itself: a column narrower than the declaration answers 500 here
            choices.add(Tuple.of(1, Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(max)
                    .filter(t -> !nonBlank || !t.isBlank()).map(TextNode::valueOf)));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private static boolean fitsFormat(String format, String value) {
        try {
            switch (format) {
                case "date" -> java.time.LocalDate.parse(value);
                case "date-time" -> OffsetDateTime.parse(value);
                default -> { }
            }
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private Arbitrary<JsonNode> integers(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 0) + 100_000;
        if (schema.path("exclusiveMinimum").asBoolean(false)) {
            min++;
        }
        if (schema.path("exclusiveMaximum").asBoolean(false)) {
            max--;
        }
        return Arbitraries.longs().between(min, max).map(LongNode::valueOf);
    }

    private Arbitrary<JsonNode> numbers(JsonNode schema) {
        double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
        double max = schema.has("maximum") ? schema.get("maximum").asDouble() : min + 10_000;
        return Arbitraries.doubles().between(min, max).ofScale(3).map(DoubleNode::valueOf);
    }

    private Arbitrary<JsonNode> arrays(JsonNode schema, String name, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = schema.has("maxItems") ? Math.min(schema.get("maxItems").asInt(), min + 3) : min + 3;
        if (depth > 4) {
            max = min;
        }
        return valid(schema.path("items"), name, depth + 1).list().ofMinSize(min).ofMaxSize(max)
                .map(list -> {
                    ArrayNode a = JSON.arrayNode();
                    list.forEach(a::add);
                    return a;
                });
    }

    private Arbitrary<JsonNode> objects(JsonNode schema, int depth) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Arbitrary<Optional<Map.Entry<String, JsonNode>>>> properties = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String key = p.getKey();
            Arbitrary<Optional<Map.Entry<String, JsonNode>>> value = valid(p.getValue(), key, depth + 1)
                    .map(v -> Optional.of(Map.entry(key, v)));
            if (!required.contains(key)) {
                value = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())), Tuple.of(2, value));
            }
            properties.add(value);
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && properties.isEmpty()) {
            return valid(additional, null, depth + 1).list().ofMaxSize(2).map(values -> {
                ObjectNode o = JSON.objectNode();
                for (int i = 0; i < values.size(); i++) {
                    o.set("key" + i, values.get(i));
                }
                return o;
            });
        }
        if (properties.isEmpty()) {
            return Arbitraries.just(JSON.objectNode());
        }
        return Combinators.combine(properties).as(entries -> {
            ObjectNode o = JSON.objectNode();
            for (Optional<Map.Entry<String, JsonNode>> e : entries) {
                e.ifPresent(x -> o.set(x.getKey(), x.getValue()));
            }
            return (JsonNode) o;
        });
    }
}
