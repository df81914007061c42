package org.anjian.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.anjian.exchange.spi.ExchangePeer;

/** The peers registered now, by id. */
public final class Peers {
    private final Map<String, ExchangePeer> byId = new ConcurrentSkipListMap<>();

    /** The collections under {@code /api/v1/exchange/} that are not a peer's callback root. */
    public static final java.util.Set<String> RESERVED = java.util.Set.of("peers", "runs", "backlog", "dead-letters");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** Adds the peer; an id that cannot be a path segment of its own (or names an operator collection) is refused. */
    public void add(ExchangePeer peer) {
        String id = peer.id();
        if (id == null || !ID.matcher(id).matches() || RESERVED.contains(id)) {
            throw new IllegalArgumentException("a peer id is 1 to 64 lower-case letters, digits or '-', and none of "
                    + RESERVED + ": '" + id + "'");
        }
        byId.put(id, peer);
    }

    public void remove(ExchangePeer peer) {
        byId.remove(peer.id(), peer);
    }

    public Optional<ExchangePeer> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
