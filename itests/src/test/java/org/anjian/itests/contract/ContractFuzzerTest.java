package org.anjian.itests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Example;

/**
 * The fuzzer itself, against a small API of "things" that keeps its contract, and against copies of it that each
 * break it in one way: a 500 at a length limit (a column narrower than its declaration), a status the document
 * does not list, a document that misdescribes a body, an API that accepts what it must refuse (and writes it), and
 * a refusal that names the wrong field. Each break must be found; the faithful API must pass.
 */
class ContractFuzzerTest {
    private static final ObjectMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    enum Fault { NONE, SERVER_ERROR_AT_LIMIT, UNDOCUMENTED_STATUS, BROKEN_DOCUMENT, LENIENT, WRONG_FIELD }

    private static final String DOCUMENT = """
            {"openapi":"3.0.1","info":{"title":"things","version":"1"},"security":[{"basic":[]}],
             "components":{"securitySchemes":{"basic":{"type":"http","scheme":"basic"}},"schemas":{
               "ApiError":{"type":"object","required":["code","message"],"additionalProperties":false,"properties":{
                  "code":{"type":"string"},"message":{"type":"string"},"field":{"type":"string"}}},
               "Thing":{"type":"object","required":["id","name","version"],"additionalProperties":false,"properties":{
                  "id":{"type":"integer","format":"int64"},"name":{"type":"string","maxLength":10},
                  "version":{"type":"integer","format":"int64"}}},
               "NewThing":{"type":"object","required":["name","colour"],"additionalProperties":false,"properties":{
                  "name":{"type":"string","minLength":1,"maxLength":10},
                  "colour":{"type":"string","enum":["RED","BLUE"]},
                  "note":{"type":"string","maxLength":20,"nullable":true}}},
               "PageThing":{"type":"object","additionalProperties":false,"properties":{
                  "items":{"type":"array","items":{"$ref":"#/components/schemas/Thing"}},
                  "total":{"type":"%s","format":"int64"}}}}},
             "paths":{
              "/things":{
                "get":{"parameters":[{"name":"limit","in":"query","schema":{"type":"integer","format":"int32","minimum":1,"maximum":50}}],
                  "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/PageThing"}}}},
                    "400":{"description":"bad","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ApiError"}}}}}},
                "post":{"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewThing"}}}},
                  "responses":{"201":{"description":"created","headers":{"Location":{"required":true,"schema":{"type":"string"}}},
                      "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                    "400":{"description":"bad","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ApiError"}}}},
                    "415":{"description":"not JSON","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ApiError"}}}}}}},
              "/things/{id}":{
                "get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer","format":"int64"}}],
                  "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                    "400":{"description":"bad","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ApiError"}}}},
                    "404":{"description":"none","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ApiError"}}}}}}}}}
            """;

    /** The things API: strict as the platform is, except for its fault. */
    static final class ThingsApi implements AutoCloseable {
        final Map<Long, ObjectNode> things = new ConcurrentHashMap<>();
        final AtomicLong ids = new AtomicLong();
        final HttpServer server;
        final Fault fault;

        ThingsApi(Fault fault) throws IOException {
            this.fault = fault;
            System.setProperty("sun.net.httpserver.nodelay", "true"); // else each request waits for a delayed ACK
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/things", this::handle);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
            server.start();
            for (int i = 0; i < 3; i++) {
                create("样品" + i);
            }
        }

        URI root() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
        }

        private ObjectNode create(String name) {
            long id = ids.incrementAndGet();
            ObjectNode t = STRICT.createObjectNode().put("id", id).put("name", name).put("version", 0);
            things.put(id, t);
            return t;
        }

        private void handle(HttpExchange x) throws IOException {
            String path = x.getRequestURI().getPath();
            String query = x.getRequestURI().getRawQuery();
            try {
                if (path.equals("/api/things") && x.getRequestMethod().equals("GET")) {
                    if (query != null && query.startsWith("limit=")) {
                        String v = java.net.URLDecoder.decode(query.substring(6), StandardCharsets.UTF_8);
                        if (!v.matches("[0-9]+") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 50) {
                            error(x, 400, "limit");
                            return;
                        }
                    }
                    ObjectNode page = STRICT.createObjectNode();
                    page.putArray("items").addAll(List.copyOf(things.values()));
                    page.put("total", things.size());
                    json(x, 200, page);
                } else if (path.equals("/api/things") && x.getRequestMethod().equals("POST")) {
                    post(x);
                } else if (path.startsWith("/api/things/")) {
                    String id = path.substring("/api/things/".length());
                    if (!id.matches("[0-9]{1,18}")) {
                        error(x, 400, "id");
                        return;
                    }
                    ObjectNode t = things.get(Long.parseLong(id));
                    if (t == null) {
                        error(x, fault == Fault.UNDOCUMENTED_STATUS ? 410 : 404, null);
                    } else {
                        json(x, 200, t);
                    }
                } else {
                    error(x, 404, null);
                }
            } catch (RuntimeException e) {
                error(x, 500, null);
            }
        }

        private void post(HttpExchange x) throws IOException {
            String type = x.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.startsWith("application/json")) {
                error(x, 415, null);
                return;
            }
            JsonNode body;
            try {
                body = STRICT.readTree(x.getRequestBody().readAllBytes());
            } catch (JsonParseException e) {
                error(x, 400, e.getOriginalMessage().startsWith("Duplicate field") ? "name" : "body");
                return;
            }
            if (body == null || !body.isObject()) {
                error(x, 400, "body");
                return;
            }
            if (fault != Fault.LENIENT) {
                for (java.util.Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!Set.of("name", "colour", "note").contains(f)) {
                        error(x, 400, f);
                        return;
                    }
                }
            }
            JsonNode name = body.get("name");
            if (name == null || !name.isTextual() || name.asText().isEmpty() || name.asText().length() > 10
                    || name.asText().chars().anyMatch(c -> c < 0x20)) {
                error(x, 400, fault == Fault.WRONG_FIELD ? "title" : "name");
                return;
            }
            JsonNode colour = body.get("colour");
            if (colour == null || !colour.isTextual() || !Set.of("RED", "BLUE").contains(colour.asText())) {
                error(x, 400, "colour");
                return;
            }
            JsonNode note = body.get("note");
            if (note != null && !note.isNull() && (!note.isTextual() || note.asText().length() > 20
                    || note.asText().chars().anyMatch(c -> c < 0x20))) {
                error(x, 400, "note");
                return;
            }
            if (fault == Fault.SERVER_ERROR_AT_LIMIT && name.asText().length() == 10) {
                error(x, 500, null); // "value too long for column name (VARCHAR(9))"
                return;
            }
            ObjectNode t = create(name.asText());
            x.getResponseHeaders().add("Location", root() + "/things/" + t.get("id").asLong());
            json(x, 201, t);
        }

        private void error(HttpExchange x, int status, String field) throws IOException {
            ObjectNode e = STRICT.createObjectNode().put("code", "E" + status).put("message", "refused");
            if (field != null) {
                e.put("field", field);
            }
            json(x, status, e);
        }

        private static void json(HttpExchange x, int status, JsonNode body) throws IOException {
            byte[] bytes = STRICT.writeValueAsBytes(body);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        }

        @Override
        public void close() {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static ContractFuzzer.Report fuzz(Fault fault) throws Exception {
        try (ThingsApi api = new ThingsApi(fault)) {
            String doc = DOCUMENT.formatted(fault == Fault.BROKEN_DOCUMENT ? "string" : "integer");
            ContractDocument document = new ContractDocument("things", "", STRICT.readTree(doc));
            return new ContractFuzzer(api.root(), "Basic dGVzdDp0ZXN0", List.of(document))
                    .run(1234L, new ContractFuzzer.Budget(60, 60));
        }
    }

    private static List<String> kinds(ContractFuzzer.Report report) {
        return report.failures().stream().map(ContractFuzzer.Failure::kind).toList();
    }

    @Example
    void anApiThatKeepsItsContractPasses() throws Exception {
        ContractFuzzer.Report report = fuzz(Fault.NONE);
        assertThat(report.failures()).isEmpty();
        assertThat(report.operations()).isEqualTo(3);
        assertThat(report.invalid()).isGreaterThan(100);
        assertThat(report.statuses()).containsKeys("200", "201", "400", "404", "415");
    }

    @Example
    void aServerErrorAtALengthLimitIsFoundAndShrunk() throws Exception {
        ContractFuzzer.Report report = fuzz(Fault.SERVER_ERROR_AT_LIMIT);
        assertThat(kinds(report)).contains("a server error");
        ContractFuzzer.Failure f = report.failures().stream().filter(x -> x.kind().equals("a server error"))
                .findFirst().orElseThrow();
        assertThat(f.operation()).isEqualTo("POST /things");
        assertThat(f.status()).isEqualTo(500);
    }

    @Example
    void aStatusTheDocumentDoesNotListIsFound() throws Exception {
        assertThat(kinds(fuzz(Fault.UNDOCUMENTED_STATUS))).anyMatch(k -> k.startsWith("an undocumented status 410"));
    }

    @Example
    void aDocumentThatMisdescribesABodyIsFound() throws Exception {
        assertThat(kinds(fuzz(Fault.BROKEN_DOCUMENT))).contains("a body that does not match the documented schema");
    }

    @Example
    void acceptingInvalidInputIsFound() throws Exception {
        assertThat(kinds(fuzz(Fault.LENIENT))).contains("an invalid request was accepted");
    }

    @Example
    void aRefusalNamingTheWrongFieldIsFound() throws Exception {
        assertThat(kinds(fuzz(Fault.WRONG_FIELD))).anyMatch(k -> k.equals("the refusal names title, not name"));
    }
}
