package org.anjian.exchange.osgi;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeBacklog;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.ExchangeService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.api.spi.IndustryModule;
import org.anjian.api.spi.ModuleStorage;
import org.anjian.exchange.internal.ArtemisDeadLetterQueue;
import org.anjian.exchange.internal.ExchangeEngine;
import org.anjian.exchange.internal.ExchangeScheduler;
import org.anjian.exchange.internal.ExchangeServiceImpl;
import org.anjian.exchange.internal.ExchangeStore;
import org.anjian.exchange.internal.InboundRunner;
import org.anjian.exchange.internal.Peers;
import org.anjian.exchange.internal.RecordMapper;
import org.anjian.exchange.spi.ExchangePeer;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the exchange in the container: its tables (module storage {@code exchange}), the engine, the
 * Artemis dead-letter queue and one Camel context whose routes follow the peers as they come and go.
 */
@Component(service = {ExchangeService.class, HealthCheck.class}, immediate = true,
        configurationPid = "org.anjian.exchange")
@Designate(ocd = ExchangeConfig.class)
public class ExchangeComponent implements ExchangeService, HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeComponent.class);

    private final Peers peers = new Peers();
    /** Ids of the industry modules installed now (their outbox rows wait while they are not). */
    private final java.util.Set<String> installedModules = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final RecordMapper mapper;
    private final ArtemisDeadLetterQueue dlq;
    private final ExchangeEngine engine;
    private final ExchangeServiceImpl service;
    private final OsgiDefaultCamelContext camel;
    private final ExchangeScheduler scheduler;
    private final org.osgi.framework.ServiceRegistration<org.anjian.api.spi.ScheduledJob> retention;

    @Activate
    public ExchangeComponent(BundleContext context, ExchangeConfig config,
                             @Reference ModuleStorage storage) throws Exception {
        ExchangeStore store = new ExchangeStore(storage.open("exchange", context.getBundle()), Clock.systemUTC());
        int aborted = store.abortStaleRuns("the container stopped during the run");
        if (aborted > 0) {
            LOG.warn("{} exchange runs were interrupted by the last stop; their backlog is sent by the next run", aborted);
        }
        this.mapper = new RecordMapper(installedModules::contains);
        this.dlq = new ArtemisDeadLetterQueue(config.brokerUrl(), config.user(), config.password(), config.deadLetterQueue());
        this.engine = new ExchangeEngine(store, mapper, dlq, d -> Thread.sleep(d.toMillis()),
                Duration.ofSeconds(config.commitLagSeconds()));
        InboundRunner inbound = new InboundRunner(store);
        this.service = new ExchangeServiceImpl(store, engine, inbound, peers, dlq);
        this.camel = new OsgiDefaultCamelContext(context);
        camel.setName("anjian-exchange");
        camel.start();
        this.scheduler = new ExchangeScheduler(camel, engine, inbound);
        this.retention = !config.retentionEnabled() ? null : context.registerService(
                org.anjian.api.spi.ScheduledJob.class,
                new org.anjian.exchange.internal.OutboxRetentionJob(store, peers::ids,
                        Duration.ofDays(config.retentionDays()), config.retentionBatch(),
                        Duration.ofMinutes(config.retentionIntervalMinutes())), null);
        synchronized (this) {
            for (String id : peers.ids()) {
                peers.find(id).ifPresent(this::schedule);
            }
            started = true;
        }
    }

    private boolean started;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addPeer(ExchangePeer peer) {
        try {
            peers.add(peer);
        } catch (IllegalArgumentException e) {
            LOG.error("Peer service of {} ignored: {}", peer.getClass().getName(), e.getMessage());
            return;
        }
        if (started) {
            schedule(peer);
        }
    }

    synchronized void removePeer(ExchangePeer peer) {
        peers.remove(peer);
        if (started && peers.find(peer.id()).isEmpty()) {
            try {
                scheduler.remove(peer.id());
            } catch (Exception e) {
                LOG.warn("Could not remove the routes of {}: {}", peer.id(), e.toString());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(IndustryModule module) {
        installedModules.add(module.id());
    }

    void removeModule(IndustryModule module) {
        installedModules.remove(module.id());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(ExchangeRecordContributor contributor) {
        mapper().add(contributor);
    }

    void removeContributor(ExchangeRecordContributor contributor) {
        mapper().remove(contributor);
    }

    private RecordMapper mapper() {
        return mapper;
    }

    private void schedule(ExchangePeer peer) {
        try {
            scheduler.add(peer);
        } catch (Exception e) {
            LOG.error("Could not schedule the exchange with {}: {}", peer.id(), e.toString(), e);
        }
    }

    @Deactivate
    void deactivate() {
        if (retention != null) {
            retention.unregister();
        }
        engine.stop();
        try {
            camel.stop();
        } finally {
            dlq.close();
        }
    }

    /** Up when the schedules run and at least one peer is configured; lists peers and their routes. */
    @Override
    public SystemStatus check() {
        boolean started = camel.getStatus().isStarted();
        List<String> ids = peers.ids();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("peers", ids);
        details.put("routes", scheduler.routeIds());
        details.put("running", ids.stream().filter(engine::running).toList());
        if (!started) {
            details.put("error", "the exchange's Camel context is " + camel.getStatus());
        } else if (ids.isEmpty()) {
            details.put("error", "no peer is configured (etc/org.anjian.exchange.<peer>.cfg)");
        }
        return new SystemStatus("exchange", started && !ids.isEmpty(), details);
    }

    @Override
    public List<String> peers() {
        return service.peers();
    }

    @Override
    public Page<ExchangeRun> runs(AnjianPrincipal caller, String peer, int offset, int limit) {
        return service.runs(caller, peer, offset, limit);
    }

    @Override
    public Optional<ExchangeRun> run(AnjianPrincipal caller, long id) {
        return service.run(caller, id);
    }

    @Override
    public ExchangeRun runNow(AnjianPrincipal caller, String peer) {
        return service.runNow(caller, peer);
    }

    @Override
    public ExchangeBacklog backlog(AnjianPrincipal caller, String peer) {
        return service.backlog(caller, peer);
    }

    @Override
    public Page<DeadLetter> deadLetters(AnjianPrincipal caller, String peer, String status, int offset, int limit) {
        return service.deadLetters(caller, peer, status, offset, limit);
    }

    @Override
    public DeadLetter replay(AnjianPrincipal caller, long deadLetterId) {
        return service.replay(caller, deadLetterId);
    }

    @Override
    public org.anjian.api.exchange.InboundReply receive(String peer, org.anjian.api.exchange.InboundRequest request) {
        return service.receive(peer, request);
    }
}
