package org.anjian.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.anjian.exchange.spi.ExchangePeer;

/** The peers registered now, by id. */
public final class Peers {
    private final Map<String, ExchangePeer> byId = new ConcurrentSkipListMap<>();

    public void add(ExchangePeer peer) {
        byId.put(peer.id(), peer);
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
