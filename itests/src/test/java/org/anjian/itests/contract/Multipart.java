package org.anjian.itests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code multipart/form-data} bodies from an operation's schema: each property a part, a {@code format: binary} one a
 * file. The body travels as a string of one char per byte (ISO-8859-1), since a file is bytes.
 */
final class Multipart {
    static final String BOUNDARY = "anjian-contract-boundary";
    static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    /** What a binary part carries: the smallest PNG, a file any evidence endpoint may take. */
    static final byte[] FILE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNg+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Multipart() {
    }

    /** The body of a generated valid object (its properties as parts, binary ones as files). */
    static String encode(ContractDocument document, JsonNode schema, JsonNode value) {
        Map<String, String> parts = new LinkedHashMap<>();
        JsonNode properties = document.resolve(schema).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            boolean binary = "binary".equals(document.resolve(properties.path(e.getKey())).path("format").asText());
            parts.put(e.getKey(), binary ? bytes(FILE) : bytes(e.getValue().isTextual() ? e.getValue().asText()
                    : e.getValue().toString()));
        }
        return write(parts, properties, document);
    }

    /** The invalid variants the schema implies: a required part missing, an unknown part, a text part too long. */
    static void variants(ContractDocument document, ContractDocument.Operation op, ApiRequest valid, List<ApiRequest> out) {
        JsonNode schema = document.resolve(op.body());
        JsonNode properties = schema.path("properties");
        Map<String, String> parts = parse(valid.body());
        for (JsonNode required : schema.path("required")) {
            Map<String, String> without = new LinkedHashMap<>(parts);
            if (without.remove(required.asText()) != null) {
                out.add(valid.mutate("without the part " + required.asText(), required.asText(), Set.of(400), valid.query(),
                        valid.path(), write(without, properties, document), TYPE));
            }
        }
        Map<String, String> unknown = new LinkedHashMap<>(parts);
        unknown.put("unexpected", bytes("x"));
        out.add(valid.mutate("an unknown part", "unexpected", Set.of(400), valid.query(), valid.path(),
                write(unknown, properties, document), TYPE));
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode ps = document.resolve(p.getValue());
            if (ps.has("maxLength") && !"binary".equals(ps.path("format").asText())) {
                Map<String, String> tooLong = new LinkedHashMap<>(parts);
                tooLong.put(p.getKey(), bytes("长".repeat(ps.get("maxLength").asInt() + 1)));
                out.add(valid.mutate("the part " + p.getKey() + " beyond its maxLength", p.getKey(), Set.of(400),
                        valid.query(), valid.path(), write(tooLong, properties, document), TYPE));
            }
        }
        out.add(valid.mutate("a text/plain body", null, Set.of(415), valid.query(), valid.path(), valid.body(), "text/plain"));
    }

    private static String write(Map<String, String> parts, JsonNode properties, ContractDocument document) {
        StringBuilder b = new StringBuilder();
        parts.forEach((name, content) -> {
            boolean binary = "binary".equals(document.resolve(properties.path(name)).path("format").asText());
            b.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append('"')
                    .append(binary ? "; filename=\"contract.png\"\r\nContent-Type: application/octet-stream" : "")
                    .append("\r\n\r\n").append(content).append("\r\n");
        });
        return b.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    /** The parts of a body this class wrote, by name, their content as written. */
    static Map<String, String> parse(String body) {
        Map<String, String> parts = new LinkedHashMap<>();
        List<String> chunks = new ArrayList<>(List.of(body.split("--" + BOUNDARY, -1)));
        for (String chunk : chunks) {
            int head = chunk.indexOf("\r\n\r\n");
            int name = chunk.indexOf("name=\"");
            if (head < 0 || name < 0) {
                continue;
            }
            String n = chunk.substring(name + 6, chunk.indexOf('"', name + 6));
            parts.put(n, chunk.substring(head + 4, chunk.length() - 2));
        }
        return parts;
    }

    /** Bytes as a string of one char per byte. */
    private static String bytes(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String bytes(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
