package org.anjian.itests.paxexam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.api.common.ValidationException;
import org.anjian.api.exchange.InboundReply;
import org.anjian.api.exchange.InboundRequest;
import org.anjian.exchange.http.HmacVerifier;
import org.anjian.exchange.spi.ExchangePeer;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.InboundCallback;
import org.anjian.exchange.spi.InboundContext;
import org.anjian.exchange.spi.Outcome;
import org.anjian.exchange.spi.Receipt;
import org.anjian.exchange.spi.RetryPolicy;

/**
 * A fixture peer the platform suite registers in the container, as the sample domain is a fixture module: it takes
 * nothing outbound and, at its callback root, signed {@code notes} ({@code {"notes":[{"id":"N-1"}]}}), checked by
 * the SPI's real {@link HmacVerifier}. The shipped peers are tested against their shipped simulators.
 */
final class CallbackPeer implements ExchangePeer {
    static final String ID = "fixture-callbacks";
    static final String APP_KEY = "fixture-app";
    static final byte[] SECRET = "fixture-secret-0123456789abcdef0".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HmacVerifier verifier = new HmacVerifier(k -> APP_KEY.equals(k) ? SECRET : null, Clock.systemUTC());

    @Override public String id() { return ID; }
    @Override public String schedule() { return ""; }
    @Override public int batchSize() { return 100; }
    @Override public RetryPolicy retryPolicy() { return new RetryPolicy(1, java.time.Duration.ofMillis(1), 1.0, java.time.Duration.ofMillis(1)); }

    @Override
    public List<Receipt> deliver(List<ExchangeRecord> records) {
        return records.stream().map(r -> Receipt.of(r.idempotencyKey(), Outcome.SKIPPED)).toList();
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
                JsonNode notes;
                try {
                    notes = JSON.readTree(request.body()).path("notes");
                } catch (java.io.IOException e) {
                    throw new ValidationException("notes", "the body is not JSON");
                }
                if (!notes.isArray() || notes.isEmpty() || !notes.get(0).path("id").isTextual()) {
                    throw new ValidationException("notes[0].id", "is required");
                }
                for (JsonNode n : notes) {
                    context.upsert("note", n.path("id").asText(), n.toString());
                }
                return InboundCallback.received(notes.size());
            }
        });
    }
}
