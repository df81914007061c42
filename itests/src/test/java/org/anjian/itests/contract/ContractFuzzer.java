package org.anjian.itests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Holds a running API to its OpenAPI documents, as an independent client would. For every operation of every
 * document it sends generated valid requests (jqwik arbitraries from the schemas, seeded) and invalid ones (every
 * way the document says an input is wrong), and fails on: any 5xx; any status the operation does not document; a
 * body that does not validate against the documented schema (networknt); a documented header that is missing; an
 * invalid request that is accepted, answered with another status than its refusal, answered 400 without naming
 * the field, or that changed a list's total or the record's version. A failing valid request is shrunk (jqwik's
 * shrinkers) before it is reported. Must run inside a jqwik example or property (jqwik generators need its
 * lifecycle).
 */
public final class ContractFuzzer {
    /** How much to send: per operation, the valid and the invalid requests. */
    public record Budget(int validPerOperation, int invalidPerOperation) {
    }

    /** A broken promise of the contract. */
    public record Failure(String operation, String kind, String request, int status, String detail) {
        @Override
        public String toString() {
            return operation + ": " + kind + " (" + status + ")\n    request: " + request + "\n    " + detail;
        }
    }

    /** What a run did and found. */
    public record Report(long seed, int operations, int valid, int invalid, int stateProbes, List<Failure> failures,
                         Map<String, Integer> statuses, Map<String, Long> millisByOperation) {
        public int requests() {
            return valid + invalid;
        }

        /** The slowest operations, for the report. */
        public String slowest(int n) {
            return millisByOperation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(n).map(e -> e.getKey() + " " + e.getValue() + " ms").toList().toString();
        }

        public String summary() {
            return "seed " + seed + ": " + operations + " operations, " + requests() + " requests (" + valid
                    + " valid, " + invalid + " invalid), " + stateProbes + " state probes, statuses " + statuses
                    + ", " + failures.size() + " failures";
        }
    }

    private record Answer(int status, String body, Map<String, List<String>> headers) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    private static final int GEN_SIZE = 100;
    private static final int MAX_FAILURES_PER_OPERATION = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI apiRoot;
    private final String authorization;
    private final List<ContractDocument> documents;
    private final SchemaCheck schemas = new SchemaCheck();
    private final Observed observed = new Observed();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private int valid;
    private int invalid;
    private int probes;

    /**
     * @param apiRoot       {@code http://127.0.0.1:8181/api/v1}
     * @param authorization the {@code Authorization} header of an administrator
     */
    public ContractFuzzer(URI apiRoot, String authorization, List<ContractDocument> documents) {
        this.apiRoot = apiRoot;
        this.authorization = authorization;
        this.documents = documents;
    }

    public Report run(long seed, Budget budget) {
        harvest();
        List<Failure> failures = new ArrayList<>();
        int operations = 0;
        for (ContractDocument document : documents) {
            Requests requests = new Requests(document, observed, schemas);
            for (ContractDocument.Operation op : document.operations()) {
                operations++;
                long started = System.nanoTime();
                Random random = new Random(seed * 31 + op.key().hashCode());
                RandomGenerator<ApiRequest> generator = requests.valid(op).generator(GEN_SIZE, true);
                List<Failure> found = new ArrayList<>();
                for (int i = 0; i < budget.validPerOperation() && found.size() < MAX_FAILURES_PER_OPERATION; i++) {
                    Shrinkable<ApiRequest> request = generator.next(random);
                    Optional<Failure> f = checkValid(op, request.value());
                    if (f.isPresent()) {
                        found.add(shrunk(op, request, f.get()));
                    }
                }
                for (int i = 0; i < budget.invalidPerOperation() && found.size() < MAX_FAILURES_PER_OPERATION; i++) {
                    ApiRequest base = generator.next(random).value();
                    List<ApiRequest> variants = requests.invalid(op, base);
                    if (variants.isEmpty()) {
                        break;
                    }
                    checkInvalid(op, variants.get(random.nextInt(variants.size()))).ifPresent(found::add);
                }
                failures.addAll(found);
                millis.put(op.key(), (System.nanoTime() - started) / 1_000_000);
            }
        }
        return new Report(seed, operations, valid, invalid, probes, failures, Map.copyOf(statuses), Map.copyOf(millis));
    }

    /** The records the lists show: ids and codes for the valid requests. */
    private void harvest() {
        for (ContractDocument document : documents) {
            for (ContractDocument.Operation op : document.operations()) {
                if (op.isList()) {
                    Answer a = send(ApiRequest.valid("GET", document.base() + op.path(), Map.of("limit", "100"), null));
                    if (a.status() == 200) {
                        observed.list(document.base() + op.path(), Requests.read(a.body()));
                    } else if (a.status() == 400) {
                        observed.list(document.base() + op.path(),
                                Requests.read(send(ApiRequest.valid("GET", document.base() + op.path(), Map.of(), null)).body()));
                    }
                }
            }
        }
    }

    private Optional<Failure> checkValid(ContractDocument.Operation op, ApiRequest request) {
        valid++;
        Answer answer = send(op, request);
        return conformance(op, request, answer);
    }

    private Optional<Failure> checkInvalid(ContractDocument.Operation op, ApiRequest request) {
        invalid++;
        List<String> probePaths = op.writes() ? probes(op, request) : List.of();
        List<String> before = state(probePaths);
        Answer answer = send(op, request);
        Optional<Failure> broken = conformance(op, request, answer);
        if (broken.isPresent()) {
            return broken;
        }
        if (answer.status() >= 200 && answer.status() < 300) {
            return failure(op, "an invalid request was accepted", request, answer, answer.body());
        }
        if (!request.expected().contains(answer.status())) {
            return failure(op, "an invalid request got " + answer.status() + ", expected " + request.expected(), request,
                    answer, answer.body());
        }
        if (answer.status() == 400 && request.field() != null) {
            String named = Requests.read(answer.body()).path("field").asText(null);
            if (!request.field().equals(named)) {
                return failure(op, "the refusal names " + named + ", not " + request.field(), request, answer, answer.body());
            }
        }
        if (!probePaths.isEmpty()) {
            List<String> after = state(probePaths);
            if (!after.equals(before)) {
                // something else may have written meanwhile (a scheduled job): the same request again decides
                List<String> again = state(probePaths);
                send(op, request);
                if (!state(probePaths).equals(again)) {
                    return failure(op, "an invalid request changed what it must not", request, answer,
                            "before " + before + ", after " + after);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the answer is one the operation documents, with the documented body and headers. */
    private Optional<Failure> conformance(ContractDocument.Operation op, ApiRequest request, Answer answer) {
        statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
        if (answer.status() <= 0) {
            return failure(op, "no answer", request, answer, answer.body());
        }
        if (answer.status() >= 500) {
            return failure(op, "a server error", request, answer, answer.body());
        }
        ContractDocument.Answer documented = op.answers().get(String.valueOf(answer.status()));
        if (documented == null) {
            return failure(op, "an undocumented status " + answer.status() + " (documented: " + op.answers().keySet() + ")",
                    request, answer, answer.body());
        }
        String type = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!documented.mediaTypes().isEmpty() && !answer.body().isEmpty()
                && documented.mediaTypes().stream().noneMatch(m -> type.startsWith(m.toLowerCase(Locale.ROOT)))) {
            return failure(op, "a content type not documented: " + type, request, answer, documented.mediaTypes().toString());
        }
        for (String header : documented.requiredHeaders()) {
            if (answer.header(header).isEmpty()) {
                return failure(op, "no " + header + " header", request, answer, answer.headers().toString());
            }
        }
        if (documented.schema() != null && type.startsWith("application/json")) {
            JsonNode json;
            try {
                json = Requests.read(answer.body());
            } catch (RuntimeException e) {
                return failure(op, "a body that is not JSON", request, answer, answer.body());
            }
            List<String> problems = schemas.problems(op.document(), documented.schema(), json);
            if (!problems.isEmpty()) {
                return failure(op, "a body that does not match the documented schema", request, answer,
                        problems.subList(0, Math.min(5, problems.size())) + " in " + abbreviate(answer.body()));
            }
        }
        return Optional.empty();
    }

    /** The smallest variant of a failing valid request that fails the same way (bounded). */
    private Failure shrunk(ContractDocument.Operation op, Shrinkable<ApiRequest> failing, Failure failure) {
        Shrinkable<ApiRequest> current = failing;
        Failure smallest = failure;
        int budget = 40;
        boolean improved = true;
        while (improved && budget > 0) {
            improved = false;
            Iterator<Shrinkable<ApiRequest>> candidates = current.shrink().limit(20).iterator();
            while (candidates.hasNext() && budget-- > 0) {
                Shrinkable<ApiRequest> candidate = candidates.next();
                Optional<Failure> f = conformance(op, candidate.value(), send(op, candidate.value()));
                if (f.isPresent() && f.get().kind().equals(failure.kind())) {
                    current = candidate;
                    smallest = f.get();
                    improved = true;
                    break;
                }
            }
        }
        return smallest;
    }

    /** The lists and the record an invalid write must leave alone. */
    private List<String> probes(ContractDocument.Operation op, ApiRequest request) {
        List<String> out = new ArrayList<>();
        ContractDocument document = op.document();
        String[] target = op.path().split("/");
        ContractDocument.Operation list = null;
        ContractDocument.Operation record = null;
        for (ContractDocument.Operation candidate : document.operations()) {
            if (!candidate.method().equals("GET") || !prefixOf(candidate.path(), target)) {
                continue;
            }
            if (candidate.isList() && (list == null || candidate.path().length() > list.path().length())) {
                list = candidate;
            }
            if (!candidate.pathParams().isEmpty() && (record == null || candidate.path().length() > record.path().length())) {
                record = candidate;
            }
        }
        if (list != null) {
            out.add(document.base() + list.path() + "?limit=1");
        }
        if (record != null) {
            String concrete = document.base() + record.path();
            for (ContractDocument.Param p : record.pathParams()) {
                concrete = concrete.replace("{" + p.name() + "}",
                        java.net.URLEncoder.encode(valueOf(request.path(), document.base() + op.path(), p.name()),
                                StandardCharsets.UTF_8).replace("+", "%20"));
            }
            out.add(concrete);
        }
        return out;
    }

    private static boolean prefixOf(String template, String[] target) {
        String[] t = template.split("/");
        if (t.length > target.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!t[i].equals(target[i])) {
                return false;
            }
        }
        return true;
    }

    private static String valueOf(String concrete, String template, String name) {
        String[] t = template.split("/");
        String[] c = concrete.split("/");
        for (int i = 0; i < t.length && i < c.length; i++) {
            if (t[i].equals("{" + name + "}")) {
                return java.net.URLDecoder.decode(c[i], StandardCharsets.UTF_8);
            }
        }
        return "x";
    }

    private List<String> state(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            probes++;
            int q = path.indexOf('?');
            Map<String, String> query = q < 0 ? Map.of() : Map.of("limit", "1");
            Answer a = send(ApiRequest.valid("GET", q < 0 ? path : path.substring(0, q), query, null));
            if (a.status() != 200) {
                out.add(a.status() + "");
                continue;
            }
            JsonNode json = Requests.read(a.body());
            out.add(json.has("total") ? "total=" + json.get("total") : json.has("version") ? "version=" + json.get("version")
                    : Integer.toHexString(a.body().hashCode()));
        }
        return out;
    }

    private Answer send(ApiRequest request) {
        return send(request, "application/json", false);
    }

    /** A request as an honest client of the operation sends it: accepting what it documents. */
    private Answer send(ContractDocument.Operation op, ApiRequest request) {
        return send(request, op.accept(), op.streams());
    }

    /**
     * Sends a request. A stream's answer is read up to its first event (or a few seconds), then closed: the status,
     * the headers and what came first are what a contract can hold.
     */
    private Answer send(ApiRequest request, String accept, boolean stream) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri(apiRoot)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Authorization", authorization);
        if (request.body() != null) {
            b.header("Content-Type", request.contentType());
            // a multipart body carries bytes (one char per byte); JSON and text go as UTF-8
            b.method(request.method(), request.contentType() != null && request.contentType().startsWith("multipart/")
                    ? HttpRequest.BodyPublishers.ofByteArray(request.body().getBytes(StandardCharsets.ISO_8859_1))
                    : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        } else if (request.method().equals("GET")) {
            b.GET();
        } else {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            if (stream) {
                HttpResponse<java.io.InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                try (java.io.InputStream in = r.body()) {
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    String first = type.startsWith("text/event-stream") ? firstEvent(in) : new String(in.readAllBytes(),
                            StandardCharsets.UTF_8);
                    return new Answer(r.statusCode(), first, r.headers().map());
                }
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            return new Answer(-1, e.toString(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stream up to its first blank line (the end of its first event or comment block). */
    private static String firstEvent(java.io.InputStream in) throws IOException {
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        int previous = -1;
        for (int b; (b = in.read()) >= 0 && seen.size() < 8192; previous = b) {
            seen.write(b);
            if (b == '\n' && previous == '\n') {
                break;
            }
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static Optional<Failure> failure(ContractDocument.Operation op, String kind, ApiRequest request,
                                             Answer answer, String detail) {
        return Optional.of(new Failure(op.key(), kind, request.describe(), answer.status(), abbreviate(detail)));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 700 ? s.substring(0, 700) + "..." : s;
    }

    /** For reports: the operations of the documents, by key. */
    public static Set<String> keys(List<ContractDocument> documents) {
        Set<String> keys = new LinkedHashSet<>();
        documents.forEach(d -> d.operations().forEach(o -> keys.add(o.key())));
        return keys;
    }

    /** For reports: how many operations each document has. */
    public static Map<String, Integer> sizes(List<ContractDocument> documents) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        documents.forEach(d -> sizes.put(d.name(), d.operations().size()));
        return sizes;
    }
}
