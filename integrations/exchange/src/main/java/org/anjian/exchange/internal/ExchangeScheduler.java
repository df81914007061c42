package org.anjian.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.anjian.api.common.ConflictException;
import org.anjian.exchange.spi.ExchangePeer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Camel route per scheduled direction of each peer: {@code exchange-<peer>-outbound} and
 * {@code exchange-<peer>-inbound}, each started by a Camel cron endpoint with the peer's expression. A
 * firing that finds the previous run still going is skipped (runs never overlap).
 */
public final class ExchangeScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeScheduler.class);
    private final CamelContext camel;
    private final ExchangeEngine engine;
    private final InboundRunner inbound;

    public ExchangeScheduler(CamelContext camel, ExchangeEngine engine, InboundRunner inbound) {
        this.camel = camel;
        this.engine = engine;
        this.inbound = inbound;
    }

    public static String outboundRouteId(String peer) {
        return "exchange-" + peer + "-outbound";
    }

    public static String inboundRouteId(String peer) {
        return "exchange-" + peer + "-inbound";
    }

    public synchronized void add(ExchangePeer peer) throws Exception {
        remove(peer.id());
        String outbound = scheduled(peer.settings().schedule());
        String in = scheduled(peer.inbound().map(p -> p.schedule()).orElse(""));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                if (!outbound.isEmpty()) {
                    from(cronUri("exchange-" + peer.id() + "-outbound", outbound))
                            .routeId(outboundRouteId(peer.id()))
                            .process(e -> {
                                try {
                                    engine.run(peer, "schedule");
                                } catch (ConflictException skipped) {
                                    LOG.info("Scheduled exchange with {} skipped: the previous run is still going", peer.id());
                                }
                            });
                }
                if (!in.isEmpty()) {
                    from(cronUri("exchange-" + peer.id() + "-inbound", in))
                            .routeId(inboundRouteId(peer.id()))
                            .process(e -> {
                                try {
                                    inbound.poll(peer, "schedule");
                                } catch (ConflictException skipped) {
                                    LOG.info("Scheduled poll of {} skipped: the previous one is still going", peer.id());
                                }
                            });
                }
            }
        });
        LOG.info("Exchange with {} scheduled: outbound '{}', inbound '{}'", peer.id(), outbound, in);
    }

    public synchronized void remove(String peerId) throws Exception {
        for (String routeId : List.of(outboundRouteId(peerId), inboundRouteId(peerId))) {
            if (camel.getRoute(routeId) != null) {
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
            }
        }
    }

    public List<String> routeIds() {
        List<String> ids = new ArrayList<>();
        camel.getRoutes().forEach(r -> ids.add(r.getRouteId()));
        return ids;
    }

    /** A cron expression, or empty for "run by hand only" (blank, {@code manual} or {@code none}). */
    static String scheduled(String expression) {
        if (expression == null) {
            return "";
        }
        String e = expression.strip();
        return e.equalsIgnoreCase("manual") || e.equalsIgnoreCase("none") ? "" : e;
    }

    /** Quartz cron with spaces as '+', as Camel endpoint URIs want it. */
    static String cronUri(String name, String expression) {
        return "cron:" + name + "?schedule=" + expression.trim().replaceAll("\\s+", "+");
    }
}
