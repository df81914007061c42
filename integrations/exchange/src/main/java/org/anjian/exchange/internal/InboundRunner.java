package org.anjian.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.exchange.InboundReply;
import org.anjian.api.exchange.InboundRequest;
import org.anjian.api.exchange.UnauthenticatedPeerException;
import org.anjian.exchange.spi.InboundCallback;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.exchange.spi.ExchangePeer;
import org.anjian.exchange.spi.InboundContext;
import org.anjian.exchange.spi.InboundPoll;
import org.anjian.exchange.spi.InboundRecord;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a peer's inbound poll, and receives its callbacks, each with its own ledger entry; a poll never overlaps itself. */
public final class InboundRunner {
    private static final Logger LOG = LoggerFactory.getLogger(InboundRunner.class);
    private final ExchangeStore store;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public InboundRunner(ExchangeStore store) {
        this.store = store;
    }

    /** Empty when the peer sends nothing down. */
    public Optional<ExchangeRun> poll(ExchangePeer peer, String trigger) {
        Optional<InboundPoll> inbound = peer.inbound();
        if (inbound.isEmpty()) {
            return Optional.empty();
        }
        ReentrantLock lock = locks.computeIfAbsent(peer.id(), k -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new ConflictException("EXCHANGE_RUNNING", "peer", "a poll of " + peer.id() + " is already under way");
        }
        try {
            long runId = store.startRun(peer.id(), "INBOUND", trigger);
            Context context = new Context(peer.id(), runId);
            String status = "SUCCEEDED";
            String error = null;
            try {
                inbound.get().poll(context);
            } catch (PeerUnavailableException | PeerRefusedException e) {
                status = "FAILED";
                error = e.getMessage();
            } catch (RuntimeException e) {
                status = "FAILED";
                error = e.toString();
                LOG.error("Inbound poll of {} failed", peer.id(), e);
            }
            if (!context.rejected.isEmpty()) {
                store.countDead(runId, context.rejected.size());
                String list = String.join("; ", context.rejected.subList(0, Math.min(10, context.rejected.size())));
                error = (error == null ? "" : error + "; ") + context.rejected.size() + " not applied: " + list;
            }
            store.finishRun(runId, status, 0, HexFormat.of().formatHex(context.digest.digest()), error);
            ExchangeRun run = store.run(runId).orElseThrow();
            LOG.info("Inbound run {} from {}: {} received={}{}", runId, peer.id(), run.status(), run.acknowledged(),
                    error == null ? "" : " (" + error + ")");
            return Optional.of(run);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A request the peer pushed to its callback: authenticated on the raw request first (a refusal stores nothing),
     * then applied with a ledger entry of its own (inbound, trigger {@code callback}). Callbacks do not wait for a
     * poll under way: both upsert by source id, so the order does not matter.
     */
    public InboundReply receive(ExchangePeer peer, InboundRequest request) {
        InboundCallback callback = peer.callback()
                .orElseThrow(() -> new NotFoundException("callback of peer", peer.id()));
        Optional<String> refusal = callback.authenticate(request);
        if (refusal.isPresent()) {
            LOG.warn("Callback {} to {} refused: {}", request, peer.id(), refusal.get());
            throw new UnauthenticatedPeerException(refusal.get());
        }
        long runId = store.startRun(peer.id(), "INBOUND", "callback");
        Context context = new Context(peer.id(), runId);
        String status = "FAILED";
        String error = null;
        try {
            InboundReply reply = callback.receive(request, context);
            status = "SUCCEEDED";
            return reply;
        } catch (ValidationException e) {
            error = "refused " + request.resource() + ": " + e.field() + ": " + e.getMessage();
            throw e;
        } catch (NotFoundException e) {
            error = "no such resource: " + request.resource();
            throw e;
        } catch (RuntimeException e) {
            error = e.toString();
            LOG.error("Callback {} to {} failed", request, peer.id(), e);
            throw e;
        } finally {
            if (!context.rejected.isEmpty()) {
                store.countDead(runId, context.rejected.size());
                String list = String.join("; ", context.rejected.subList(0, Math.min(10, context.rejected.size())));
                error = (error == null ? "" : error + "; ") + context.rejected.size() + " not applied: " + list;
            }
            store.finishRun(runId, status, 0, HexFormat.of().formatHex(context.digest.digest()), error);
        }
    }

    private final class Context implements InboundContext {
        private final String peer;
        private final long runId;
        private final MessageDigest digest;
        private final java.util.List<String> rejected = new java.util.ArrayList<>();

        Context(String peer, long runId) {
            this.peer = peer;
            this.runId = runId;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String peer() {
            return peer;
        }

        @Override
        public Optional<String> cursor(String name) {
            return store.state(peer, "cursor." + name);
        }

        @Override
        public void saveCursor(String name, String value) {
            store.saveState(peer, "cursor." + name, value);
        }

        @Override
        public InboundRecord upsert(String recordType, String sourceId, String rawPayload) {
            InboundRecord r = store.upsertInbound(peer, recordType, sourceId, rawPayload);
            store.countReceived(runId, 1);
            digest.update(sourceId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return r;
        }

        @Override
        public void linkHazard(String sourceId, long hazardId) {
            store.linkHazard(peer, sourceId, hazardId);
        }

        @Override
        public void reject(String sourceId, String reason) {
            rejected.add(sourceId + " (" + reason + ")");
        }

        @Override
        public Optional<InboundRecord> find(String sourceId) {
            return store.inbound(peer, sourceId);
        }
    }
}
