package org.anjian.itests.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for an operation: valid ones as a jqwik arbitrary (path parameters from the records the API has shown,
 * optional query parameters sometimes, a body the schema allows), and, from a valid one, every invalid variant the
 * document says must be refused: a wrong JSON type, a missing required or an unknown property, a value beyond a
 * length, range, pattern, enum or format, null where not nullable, a duplicate key, a control character, a body
 * that is not the declared JSON (null, an array, truncated, empty), a wrong content type, a malformed parameter.
 */
final class Requests {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<Integer> BAD_INPUT = Set.of(400);

    private final ContractDocument document;
    private final Observed observed;
    private final Values values;
    private final SchemaCheck schemas;

    Requests(ContractDocument document, Observed observed, SchemaCheck schemas) {
        this.document = document;
        this.observed = observed;
        this.values = new Values(document, observed);
        this.schemas = schemas;
    }

    /** Valid requests for the operation. */
    Arbitrary<ApiRequest> valid(ContractDocument.Operation op) {
        List<Arbitrary<Map.Entry<String, String>>> parts = new ArrayList<>();
        for (ContractDocument.Param p : op.pathParams()) {
            parts.add(pathValue(op, p).map(v -> Map.entry("path:" + p.name(), v)));
        }
        for (ContractDocument.Param p : op.queryParams()) {
            Arbitrary<Map.Entry<String, String>> value = values.valid(p.schema(), p.name())
                    .filter(v -> !v.isNull()).map(v -> Map.entry("query:" + p.name(), text(v)));
            if (!p.required()) {
                value = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Map.entry("none:" + p.name(), ""))),
                        Tuple.of(1, value));
            }
            parts.add(value);
        }
        Arbitrary<String> body = op.body() == null ? Arbitraries.just((String) null)
                : values.valid(op.body(), null).map(op.multipart() ? b -> Multipart.encode(document, op.body(), b) : Requests::write);
        Arbitrary<List<Map.Entry<String, String>>> params = parts.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(parts).as(List::copyOf);
        return Combinators.combine(params, body).as((ps, b) -> {
            String path = document.base() + op.path();
            Map<String, String> query = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : ps) {
                if (e.getKey().startsWith("path:")) {
                    path = path.replace("{" + e.getKey().substring(5) + "}",
                            java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
                } else if (e.getKey().startsWith("query:")) {
                    query.put(e.getKey().substring(6), e.getValue());
                }
            }
            return op.multipart() ? new ApiRequest(op.method(), path, Map.copyOf(query), b, Multipart.TYPE, null, null, null)
                    : ApiRequest.valid(op.method(), path, Map.copyOf(query), b);
        });
    }

    /** A path parameter: an id of the collection it indexes, as the API listed them, or what the schema allows. */
    private Arbitrary<String> pathValue(ContractDocument.Operation op, ContractDocument.Param p) {
        String[] segments = op.path().split("/");
        StringBuilder collection = new StringBuilder(document.base());
        for (String s : segments) {
            if (s.equals("{" + p.name() + "}")) {
                break;
            }
            if (!s.isEmpty()) {
                collection.append('/').append(s);
            }
        }
        List<String> known = new ArrayList<>();
        for (JsonNode item : observed.itemsOf(collection.toString())) {
            JsonNode v = item.has(p.name()) ? item.get(p.name()) : item.get("id");
            if (v != null && (v.isTextual() || v.isIntegralNumber())) {
                known.add(v.asText());
            }
        }
        // a path parameter is never empty (an empty one is another path)
        Arbitrary<String> generated = values.valid(p.schema(), p.name()).filter(v -> !v.isNull()).map(Requests::text)
                .filter(v -> !v.isBlank());
        return known.isEmpty() ? generated
                : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(known)), Tuple.of(1, generated));
    }

    /** Every invalid variant of a valid request. */
    List<ApiRequest> invalid(ContractDocument.Operation op, ApiRequest valid) {
        List<ApiRequest> out = new ArrayList<>();
        for (ContractDocument.Param p : op.queryParams()) {
            for (String[] bad : badParameterValues(document.resolve(p.schema()))) {
                Map<String, String> query = new LinkedHashMap<>(valid.query());
                query.put(p.name(), bad[0]);
                out.add(valid.mutate("query " + p.name() + "=" + bad[0] + " (" + bad[1] + ")", p.name(), BAD_INPUT,
                        Map.copyOf(query), valid.path(), valid.body(), valid.contentType()));
            }
        }
        for (ContractDocument.Param p : op.pathParams()) {
            for (String[] bad : badParameterValues(document.resolve(p.schema()))) {
                if (bad[0].isEmpty()) {
                    continue;
                }
                String path = document.base() + op.path();
                for (ContractDocument.Param other : op.pathParams()) {
                    String v = other == p ? bad[0] : valueIn(valid.path(), op.path(), other.name());
                    path = path.replace("{" + other.name() + "}",
                            java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
                }
                out.add(valid.mutate("path " + p.name() + "=" + bad[0] + " (" + bad[1] + ")", p.name(), BAD_INPUT,
                        valid.query(), path, valid.body(), valid.contentType()));
            }
        }
        if (op.multipart() && valid.body() != null) {
            Multipart.variants(document, op, valid, out);
        } else if (op.body() != null && valid.body() != null && !raw(op.body())) {
            JsonNode body = read(valid.body());
            if (!schemas.problems(document, op.body(), body).isEmpty()) {
                throw new IllegalStateException("a generated valid body is invalid by " + op.key() + "'s schema: "
                        + valid.body() + " " + schemas.problems(document, op.body(), body));
            }
            bodyVariants(op, valid, body, out);
            walk(op, valid, body, body, op.body(), "", out);
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * A body of raw bytes the API does not parse (a peer's callback, checked by the peer after its signature): no JSON
     * mutation of it is invalid input to the API itself.
     */
    private static boolean raw(JsonNode bodySchema) {
        return "string".equals(bodySchema.path("type").asText()) && "binary".equals(bodySchema.path("format").asText());
    }

    private void bodyVariants(ContractDocument.Operation op, ApiRequest valid, JsonNode body, List<ApiRequest> out) {
        if (op.bodyRequired()) {
            out.add(body(valid, "a body of null", "body", "null"));
        }
        out.add(valid.mutate("truncated JSON", "body", BAD_INPUT, valid.query(), valid.path(),
                valid.body().substring(0, Math.max(1, valid.body().length() - 1)), "application/json"));
        out.add(valid.mutate("a text/plain body", null, Set.of(415), valid.query(), valid.path(), valid.body(),
                "text/plain"));
        if (body.isObject()) {
            out.add(body(valid, "a JSON array instead of an object", "body", "[]"));
            out.add(body(valid, "a JSON string instead of an object", "body", "\"text\""));
            Iterator<String> names = body.fieldNames();
            if (names.hasNext()) {
                String first = names.next();
                String text = valid.body();
                String duplicated = text.substring(0, text.length() - 1) + ",\"" + first + "\":"
                        + write(body.get(first)) + "}";
                out.add(valid.mutate("the key " + first + " twice", first, BAD_INPUT, valid.query(), valid.path(),
                        duplicated, "application/json"));
            }
        }
    }

    /** Mutations of the value at {@code at} (a JSON path) of the body, by its schema. */
    private void walk(ContractDocument.Operation op, ApiRequest valid, JsonNode root, JsonNode node, JsonNode wrapped,
                      String at, List<ApiRequest> out) {
        JsonNode schema = document.resolve(wrapped);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        if (node.isObject() && type.equals("object")) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (String r : required) {
                if (node.has(r)) {
                    out.add(changed(op, valid, root, at, n -> ((ObjectNode) n).remove(r),
                            "no " + join(at, r) + " (required)", join(at, r)));
                }
            }
            if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                out.add(changed(op, valid, root, at, n -> ((ObjectNode) n).put("unexpectedField", 1),
                        "an unknown property " + join(at, "unexpectedField"), join(at, "unexpectedField")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                String key = p.getKey();
                String path = join(at, key);
                JsonNode propertySchema = document.resolve(p.getValue());
                for (JsonNode wrong : wrongTypes(propertySchema)) {
                    out.add(changed(op, valid, root, at, n -> ((ObjectNode) n).set(key, wrong),
                            path + " as " + describe(wrong), path));
                }
                if (!document.nullable(p.getValue())) {
                    out.add(changed(op, valid, root, at, n -> ((ObjectNode) n).set(key, NullNode.getInstance()),
                            path + " null (not nullable)", path));
                }
                if (node.has(key) && !node.get(key).isNull()) {
                    walk(op, valid, root, node.get(key), p.getValue(), path, out);
                }
            }
        } else if (node.isArray() && type.equals("array")) {
            if (schema.has("maxItems") && node.size() > 0 && schema.get("maxItems").asInt() < 2000) {
                int max = schema.get("maxItems").asInt();
                out.add(changed(op, valid, root, parent(at), n -> {
                    ArrayNode longer = JSON.arrayNode();
                    for (int i = 0; i <= max; i++) {
                        longer.add(node.get(i % node.size()).deepCopy());
                    }
                    set(n, last(at), longer);
                }, at + " with " + (max + 1) + " items (at most " + max + ")", at));
            }
            if (node.size() > 0) {
                for (JsonNode wrong : wrongTypes(document.resolve(schema.path("items")))) {
                    String first = at + "[0]";
                    out.add(changed(op, valid, root, at, n -> ((ArrayNode) n).set(0, wrong),
                            first + " as " + describe(wrong), first));
                }
                walk(op, valid, root, node.get(0), schema.path("items"), at + "[0]", out);
            }
        } else if (node.isTextual()) {
            String value = node.asText();
            for (String[] bad : badText(schema, value)) {
                out.add(changed(op, valid, root, parent(at), n -> set(n, last(at), TextNode.valueOf(bad[0])),
                        at + " " + bad[1], at));
            }
        } else if (node.isNumber()) {
            for (JsonNode bad : badNumbers(schema)) {
                out.add(changed(op, valid, root, parent(at), n -> set(n, last(at), bad), at + " = " + bad, at));
            }
        }
    }

    /** A copy of the body changed at the node at {@code at}; null when the change leaves it valid by the schema. */
    private ApiRequest changed(ContractDocument.Operation op, ApiRequest valid, JsonNode root, String at,
                               java.util.function.Consumer<JsonNode> change, String what, String field) {
        JsonNode copy = root.deepCopy();
        JsonNode target = at.isEmpty() ? copy : locate(copy, at);
        if (target == null) {
            return null;
        }
        change.accept(target);
        boolean textRule = what.contains("control character");
        if (!textRule && schemas.problems(document, op.body(), copy).isEmpty()) {
            return null; // still valid by the document: not a test of refusal
        }
        return valid.mutate(what, field, BAD_INPUT, valid.query(), valid.path(), write(copy), "application/json");
    }

    private static ApiRequest body(ApiRequest valid, String what, String field, String text) {
        return valid.mutate(what, field, BAD_INPUT, valid.query(), valid.path(), text, "application/json");
    }

    /** Values of another JSON type than the schema's. */
    private static List<JsonNode> wrongTypes(JsonNode schema) {
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        List<JsonNode> out = new ArrayList<>();
        if (!type.equals("string") && !type.isEmpty()) {
            out.add(TextNode.valueOf("12"));
        }
        if (type.equals("string")) {
            out.add(LongNode.valueOf(12345));
            out.add(BooleanNode.TRUE);
        }
        if (type.equals("integer")) {
            out.add(DoubleNode.valueOf(1.5));
        }
        if (!type.equals("object") && !type.isEmpty()) {
            out.add(JSON.objectNode().put("a", 1));
        }
        if (!type.equals("array") && !type.isEmpty()) {
            out.add(JSON.arrayNode().add(1));
        }
        if (type.equals("boolean")) {
            out.add(LongNode.valueOf(1));
        }
        return out;
    }

    private static List<String[]> badText(JsonNode schema, String value) {
        List<String[]> out = new ArrayList<>();
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            out.add(new String[] {"长".repeat(max + 1), "of " + (max + 1) + " characters (at most " + max + ")"});
        }
        if (schema.path("minLength").asInt(0) > 1) {
            out.add(new String[] {"x", "of 1 character (at least " + schema.get("minLength").asInt() + ")"});
        }
        if (schema.has("enum")) {
            out.add(new String[] {"NOT_A_VALUE", "not one of its values"});
            if (!value.toLowerCase(java.util.Locale.ROOT).equals(value)) {
                out.add(new String[] {value.toLowerCase(java.util.Locale.ROOT), "in lower case"});
            }
        }
        if (schema.has("pattern")) {
            Pattern p = Pattern.compile(schema.get("pattern").asText());
            for (String candidate : new String[] {"!", value + "!", "x" + value}) {
                if (!p.matcher(candidate).matches()) {
                    out.add(new String[] {candidate, "not matching " + p.pattern()});
                    break;
                }
            }
        }
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            out.add(new String[] {"2026-12-01T10:00:00", "a date-time where a date is asked for"});
            out.add(new String[] {"2026-02-30", "not a calendar date"});
        } else if (format.equals("date-time")) {
            out.add(new String[] {"2026-12-01", "a date where a date-time is asked for"});
            out.add(new String[] {"2026-12-01T10:00:00", "a date-time without offset"});
        }
        if (!schema.has("enum")) {
            out.add(new String[] {value + "\u0000", "with a control character (NUL)"});
        }
        return out;
    }

    private static List<JsonNode> badNumbers(JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        boolean integer = schema.path("type").asText().equals("integer");
        if (schema.has("minimum")) {
            double min = schema.get("minimum").asDouble();
            out.add(integer ? LongNode.valueOf((long) min - 1) : DoubleNode.valueOf(min - 0.5));
        }
        if (schema.has("maximum")) {
            double max = schema.get("maximum").asDouble();
            out.add(integer ? LongNode.valueOf((long) max + 1) : DoubleNode.valueOf(max + 0.5));
        }
        if (integer && schema.path("format").asText().equals("int32")) {
            out.add(LongNode.valueOf(3_000_000_000L));
        }
        return out;
    }

    /** Values of a parameter the schema refuses, with why: {value, reason}. */
    private static List<String[]> badParameterValues(JsonNode schema) {
        List<String[]> out = new ArrayList<>();
        String type = schema.path("type").asText("string");
        switch (type) {
            case "integer" -> {
                out.add(new String[] {"abc", "not a number"});
                out.add(new String[] {"1.5", "not a whole number"});
                if (schema.has("minimum")) {
                    out.add(new String[] {String.valueOf(schema.get("minimum").asLong() - 1), "below the minimum"});
                }
                if (schema.has("maximum")) {
                    out.add(new String[] {String.valueOf(schema.get("maximum").asLong() + 1), "above the maximum"});
                }
            }
            case "number" -> out.add(new String[] {"abc", "not a number"});
            case "boolean" -> {
                out.add(new String[] {"maybe", "not true or false"});
                out.add(new String[] {"1", "not true or false"});
            }
            default -> {
                if (schema.has("enum")) {
                    out.add(new String[] {"NOT_A_VALUE", "not one of its values"});
                    String first = schema.get("enum").get(0).asText();
                    if (!first.toLowerCase(java.util.Locale.ROOT).equals(first)) {
                        out.add(new String[] {first.toLowerCase(java.util.Locale.ROOT), "in lower case"});
                    }
                }
                if (schema.has("pattern")) {
                    Pattern p = Pattern.compile(schema.get("pattern").asText());
                    for (String candidate : new String[] {"!", "x-y-z", "9".repeat(40)}) {
                        if (!p.matcher(candidate).matches()) {
                            out.add(new String[] {candidate, "not matching " + p.pattern()});
                            break;
                        }
                    }
                }
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    out.add(new String[] {"长".repeat(max + 1), "longer than " + max});
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- JSON paths of the body

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static String parent(String at) {
        int dot = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
        return dot < 0 ? "" : at.substring(0, dot);
    }

    private static String last(String at) {
        int dot = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
        String tail = dot < 0 ? at : at.substring(dot + 1);
        return tail.endsWith("]") ? "[" + tail : tail;
    }

    private static void set(JsonNode parent, String key, JsonNode value) {
        if (key.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(key.substring(1, key.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }

    private static JsonNode locate(JsonNode root, String at) {
        JsonNode n = root;
        for (String part : at.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            n = part.startsWith("[") ? n.get(Integer.parseInt(part.substring(1, part.length() - 1))) : n.get(part);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    private static String valueIn(String concrete, String template, String name) {
        String[] t = template.split("/");
        String[] c = concrete.split("/");
        int offset = c.length - t.length;
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("{" + name + "}")) {
                return java.net.URLDecoder.decode(c[i + offset], java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return "x";
    }

    private static String describe(JsonNode v) {
        return v.isTextual() ? "a string" : v.isBoolean() ? "a boolean" : v.isIntegralNumber() ? "an integer"
                : v.isNumber() ? "a fraction" : v.isObject() ? "an object" : v.isArray() ? "an array" : v.toString();
    }

    static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    static String write(JsonNode v) {
        try {
            return MAPPER.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
