package org.anjian.itests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI 3.0 document as the fuzzer reads it: its operations with their parameters, request body and
 * documented responses. {@code base} is where the document's paths live below the API root ({@code ""} for the
 * platform, {@code /domains/chemical} for a domain).
 */
public final class ContractDocument {
    /** A parameter of an operation (path or query). */
    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /** A documented answer: its status, the schema of its JSON body (or null) and the headers it must carry. */
    public record Answer(String status, JsonNode schema, Set<String> mediaTypes, Set<String> requiredHeaders) {
    }

    /** An operation of the document. */
    /**
     * @param multipart whether the body is {@code multipart/form-data} (its schema's properties are the parts) rather
     *                  than JSON
     */
    public record Operation(ContractDocument document, String method, String path, List<Param> params, JsonNode body,
                            boolean bodyRequired, Map<String, Answer> answers, boolean secured, boolean multipart) {
        /** {@code POST /domains/chemical/parks} */
        public String key() {
            return method + " " + document.base() + path;
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        public List<Param> pathParams() {
            return params.stream().filter(p -> p.in().equals("path")).toList();
        }

        public List<Param> queryParams() {
            return params.stream().filter(p -> p.in().equals("query")).toList();
        }

        /**
         * What an honest client accepts: the media types of the documented successes, and JSON (the errors).
         */
        public String accept() {
            java.util.LinkedHashSet<String> types = new java.util.LinkedHashSet<>();
            answers.forEach((status, a) -> {
                if (status.startsWith("2")) {
                    types.addAll(a.mediaTypes());
                }
            });
            types.add("application/json");
            return String.join(", ", types);
        }

        /** An event stream: its success is a {@code text/event-stream} that does not end by itself. */
        public boolean streams() {
            ContractDocument.Answer ok = answers.get("200");
            return ok != null && ok.mediaTypes().contains("text/event-stream");
        }

        /** A list endpoint: a GET without path parameters answering {@code {"items","total"}}. */
        public boolean isList() {
            if (!method.equals("GET") || !pathParams().isEmpty() || !answers.containsKey("200")) {
                return false;
            }
            JsonNode schema = answers.get("200").schema();
            JsonNode props = schema == null ? null : document.resolve(schema).path("properties");
            return props != null && props.has("items") && props.has("total");
        }
    }

    private final String name;
    private final String base;
    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    /**
     * Whether the document says that a required text of blanks only counts as missing ({@code x-anjian-blank-text:
     * missing} in its info): then a valid text has a character other than a blank.
     */
    boolean blankTextIsMissing() {
        return "missing".equals(root.path("info").path("x-anjian-blank-text").asText(null));
    }

    public ContractDocument(String name, String base, JsonNode root) {
        this.name = name;
        this.base = base;
        this.root = root;
        boolean globalSecurity = root.path("security").isArray() && root.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonNode o = op.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    JsonNode param = resolve(p);
                    params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                            param.path("required").asBoolean(false), param.path("schema")));
                }
                JsonNode requestBody = o.has("requestBody") ? resolve(o.get("requestBody")) : null;
                boolean multipart = requestBody != null && !requestBody.path("content").has("application/json")
                        && requestBody.path("content").has("multipart/form-data");
                JsonNode bodySchema = requestBody == null ? null
                        : requestBody.path("content").path(multipart ? "multipart/form-data" : "application/json").path("schema");
                Map<String, Answer> answers = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> rs = o.path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    JsonNode response = resolve(r.getValue());
                    Set<String> media = new LinkedHashSet<>();
                    response.path("content").fieldNames().forEachRemaining(media::add);
                    JsonNode json = response.path("content").path("application/json").path("schema");
                    Set<String> headers = new LinkedHashSet<>();
                    for (Iterator<Map.Entry<String, JsonNode>> hs = response.path("headers").fields(); hs.hasNext(); ) {
                        Map.Entry<String, JsonNode> h = hs.next();
                        if (resolve(h.getValue()).path("required").asBoolean(false)) {
                            headers.add(h.getKey());
                        }
                    }
                    answers.put(r.getKey(), new Answer(r.getKey(), json.isMissingNode() ? null : json, media, headers));
                }
                boolean secured = o.has("security") ? o.get("security").size() > 0 : globalSecurity;
                operations.add(new Operation(this, method, path.getKey(), List.copyOf(params),
                        bodySchema == null || bodySchema.isMissingNode() ? null : bodySchema,
                        requestBody != null && requestBody.path("required").asBoolean(false), Map.copyOf(answers), secured,
                        multipart));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::key));
    }

    public String name() {
        return name;
    }

    public String base() {
        return base;
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema behind {@code $ref}s; an {@code allOf} of one schema (how a nullable reference is written) unwrapped. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 20 && s != null; i++) {
            if (s.has("$ref")) {
                s = root.at(s.get("$ref").asText().substring(1));
            } else if (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
                s = s.get("allOf").get(0);
            } else {
                return s;
            }
        }
        return s;
    }

    /** Whether a (possibly wrapped) schema allows null. */
    public boolean nullable(JsonNode schema) {
        return schema.path("nullable").asBoolean(false) || resolve(schema).path("nullable").asBoolean(false);
    }

    /** A schema that can be validated on its own: the fragment with the document's components beside it. */
    public ObjectNode standalone(JsonNode schema) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.setAll((ObjectNode) schema.deepCopy());
        s.set("components", root.path("components"));
        return s;
    }

    @Override
    public String toString() {
        return name;
    }
}
