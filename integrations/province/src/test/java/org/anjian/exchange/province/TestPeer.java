package org.anjian.exchange.province;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.exchange.InboundReply;
import org.anjian.api.exchange.InboundRequest;
import org.anjian.exchange.http.HmacVerifier;
import org.anjian.exchange.spi.ExchangePeer;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.InboundCallback;
import org.anjian.exchange.spi.InboundContext;
import org.anjian.exchange.spi.Outcome;
import org.anjian.exchange.spi.PeerSettings;
import org.anjian.exchange.spi.Receipt;
import org.anjian.exchange.spi.RetryPolicy;

/**
 * A peer of the engine's own tests (as the fixture domain is the platform's): it keeps what it is sent in memory and
 * takes signed reports at its callback root ({@code reports}: {@code {"reports":[{"id":"R-1","title":"…"}]}}),
 * checked with the real {@link HmacVerifier}. The shipped peers are tested against their shipped simulators.
 */
final class TestPeer implements ExchangePeer {
    static final byte[] SECRET = "grid-secret-0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII);
    static final String APP_KEY = "grid-app";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final PeerSettings settings;
    final List<String> received = new CopyOnWriteArrayList<>();
    private final HmacVerifier verifier;

    TestPeer(String id, String regionScope, Clock clock) {
        this.id = id;
        this.settings = new PeerSettings("", 50, new RetryPolicy(1, java.time.Duration.ofMillis(1), 1.0,
                java.time.Duration.ofMillis(1)), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                regionScope);
        this.verifier = new HmacVerifier(key -> APP_KEY.equals(key) ? SECRET : null, clock);
    }

    @Override public String id() { return id; }
    @Override public String schedule() { return settings.schedule(); }
    @Override public int batchSize() { return settings.batchSize(); }
    @Override public RetryPolicy retryPolicy() { return settings.retry(); }
    @Override public PeerSettings settings() { return settings; }

    @Override
    public List<Receipt> deliver(List<ExchangeRecord> records) {
        List<Receipt> out = new ArrayList<>();
        for (ExchangeRecord r : records) {
            if (!settings.covers(r.source().regionCode())) {
                throw new AssertionError(id + " was offered a record outside its scope: " + r.source());
            }
            received.add(r.idempotencyKey());
            out.add(Receipt.of(r.idempotencyKey(), Outcome.ACCEPTED));
        }
        return out;
    }

    @Override
    public Optional<InboundCallback> callback() {
        return Optional.of(new InboundCallback() {
            @Override
            public Optional<String> authenticate(InboundRequest request) {
                return verifier.refusal(request);
            }

            @Override
            public InboundReply receive(InboundRequest request, InboundContext context) {
                if (!request.resource().equals("reports")) {
                    throw new NotFoundException("resource of " + id, request.resource());
                }
                JsonNode reports;
                try {
                    reports = JSON.readTree(request.body()).path("reports");
                } catch (java.io.IOException e) {
                    throw new ValidationException("reports", "the body is not JSON: " + e.getMessage());
                }
                if (!reports.isArray() || reports.isEmpty()) {
                    throw new ValidationException("reports", "must be a non-empty array");
                }
                for (int i = 0; i < reports.size(); i++) { // all checked before any is kept
                    if (!reports.get(i).path("id").isTextual() || reports.get(i).path("id").asText().isBlank()) {
                        throw new ValidationException("reports[" + i + "].id", "is required");
                    }
                }
                for (JsonNode report : reports) {
                    context.upsert("report", report.path("id").asText(), report.toString());
                }
                return InboundCallback.received(reports.size());
            }
        });
    }
}
