package org.anjian.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.ValidationException;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeBacklog;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.ExchangeService;
import org.anjian.api.exchange.InboundReply;
import org.anjian.api.exchange.InboundRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.exchange.spi.ExchangePeer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' side of the exchange. The exchange is county-wide: bureau administrators and leaders
 * read the ledger and the dead letters; only administrators (and the system) run and replay.
 */
public final class ExchangeServiceImpl implements ExchangeService {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeServiceImpl.class);
    private static final Set<String> DEAD_LETTER_STATUSES = Set.of("OPEN", "REPLAYED");
    static final int MAX_LIMIT = 500;

    private final ExchangeStore store;
    private final ExchangeEngine engine;
    private final Peers peers;
    private final DeadLetterQueue dlq;
    private final InboundRunner inbound;

    public ExchangeServiceImpl(ExchangeStore store, ExchangeEngine engine, InboundRunner inbound, Peers peers,
                               DeadLetterQueue dlq) {
        this.store = store;
        this.engine = engine;
        this.inbound = inbound;
        this.peers = peers;
        this.dlq = dlq;
    }

    @Override
    public List<String> peers() {
        return peers.ids();
    }

    @Override
    public Page<ExchangeRun> runs(AnjianPrincipal caller, String peer, int offset, int limit) {
        requireReader(caller);
        checkPage(offset, limit);
        return store.runs(knownPeerOrNull(peer), offset, limit);
    }

    @Override
    public Optional<ExchangeRun> run(AnjianPrincipal caller, long id) {
        requireReader(caller);
        return store.run(id);
    }

    @Override
    public ExchangeRun runNow(AnjianPrincipal caller, String peer) {
        requireOperator(caller);
        ExchangePeer p = peers.find(requirePeer(peer)).orElseThrow();
        String trigger = "operator:" + caller.userId();
        // what the peer sent down first, so that hazards it becomes (and feedback) go up in the same run
        try {
            inbound.poll(p, trigger);
        } catch (ConflictException e) {
            LOG.info("Inbound poll of {} already under way; running the outbound side only", p.id());
        }
        return engine.run(p, trigger);
    }

    @Override
    public ExchangeBacklog backlog(AnjianPrincipal caller, String peer) {
        requireReader(caller);
        String id = requirePeer(peer);
        String scope = peers.find(id).orElseThrow().settings().regionScope();
        return new ExchangeBacklog(id, store.pendingCount(id, scope), store.openDeadLetters(id), engine.running(id));
    }

    @Override
    public Page<DeadLetter> deadLetters(AnjianPrincipal caller, String peer, String status, int offset, int limit) {
        requireReader(caller);
        checkPage(offset, limit);
        if (status != null && !DEAD_LETTER_STATUSES.contains(status)) {
            throw new ValidationException("status", "status must be OPEN or REPLAYED");
        }
        return store.deadLetters(knownPeerOrNull(peer), status, offset, limit);
    }

    @Override
    public DeadLetter replay(AnjianPrincipal caller, long deadLetterId) {
        requireOperator(caller);
        DeadLetter letter = store.deadLetter(deadLetterId)
                .orElseThrow(() -> new NotFoundException("dead letter", String.valueOf(deadLetterId)));
        if (!"OPEN".equals(letter.status()) || !store.replay(letter, caller.userId())) {
            throw new ConflictException("DEAD_LETTER_REPLAYED", "id", "dead letter " + deadLetterId
                    + " was already replayed");
        }
        try {
            dlq.remove(deadLetterId);
        } catch (Exception e) {
            LOG.warn("Dead letter {} replayed, but not taken off the broker queue: {}", deadLetterId, e.toString());
        }
        return store.deadLetter(deadLetterId).orElseThrow();
    }

    /** No caller: a callback is the peer's own request, authenticated by the peer's signature, not by a user. */
    @Override
    public InboundReply receive(String peer, InboundRequest request) {
        ExchangePeer p = peers.find(peer).orElseThrow(() -> new NotFoundException("peer", String.valueOf(peer)));
        return inbound.receive(p, request);
    }

    private String knownPeerOrNull(String peer) {
        return peer == null || peer.isBlank() ? null : requirePeer(peer);
    }

    private String requirePeer(String peer) {
        if (peer == null || peer.isBlank()) {
            throw new ValidationException("peer", "peer is required; configured peers: " + peers.ids());
        }
        if (peers.find(peer).isEmpty()) {
            throw new ValidationException("peer", "unknown peer '" + peer + "'; configured peers: " + peers.ids());
        }
        return peer;
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    private static void requireReader(AnjianPrincipal caller) {
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.LEADER, Roles.SYSTEM)) {
            throw new ForbiddenException("the exchange is for bureau administrators and leaders");
        }
    }

    private static void requireOperator(AnjianPrincipal caller) {
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.SYSTEM)) {
            throw new ForbiddenException("only a bureau administrator may run the exchange or replay dead letters");
        }
    }
}
