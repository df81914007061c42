package org.anjian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.DemoDataset;
import org.anjian.api.system.CountyClock;
import org.anjian.api.system.DataLoads;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo county (示范县) once per database, through the platform services, so the demo data
 * is validated, audited and in the outbox like any other. Resumable: a load cut short continues
 * where it stopped. Reports itself as the "demo" health component (up once the county and the installed modules'
 * datasets are loaded).
 */
@Component(service = HealthCheck.class, immediate = true)
public class DemoDataLoader implements HealthCheck {
    static final String DATASET = "demo-county-2026.1";
    /** The township outlines of the county map: a load of its own, so that a database loaded before it gets them. */
    static final String MAP_DATASET = "demo-county-map-2026.1";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Set<String> LOOP_ACTIONS = Set.of("ASSIGN", "START", "SUBMIT", "ACCEPT", "REJECT");

    private final RegionService regions;
    private final EnterpriseService enterprises;
    private final HazardService hazards;
    private final DataLoads loads;
    private final CountyClock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "anjian-demo-loader"));
    private final DemoDatasets datasets;
    private volatile String state = "loading";

    @Activate
    public DemoDataLoader(@Reference RegionService regions, @Reference EnterpriseService enterprises,
                          @Reference HazardService hazards, @Reference DataLoads loads, @Reference CountyClock clock) {
        this.regions = regions;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.loads = loads;
        this.clock = clock;
        this.datasets = new DemoDatasets(loads, clock::clock, executor);
        executor.submit(this::loadOnce);
    }

    /** A module's demo data: loaded once the county is (now, or when it arrives later). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataset(DemoDataset dataset) {
        datasets.add(dataset);
    }

    void removeDataset(DemoDataset dataset) {
        datasets.remove(dataset);
    }

    /** Loaded when the county and every installed module's dataset are. */
    @Override
    public SystemStatus check() {
        String now = "loaded".equals(state) && !datasets.allLoaded() ? "loading the modules' data" : state;
        return new SystemStatus("demo", "loaded".equals(now),
                Map.of("dataset", DATASET, "state", now, "modules", datasets.states()));
    }

    void loadOnce() {
        try {
            if (loads.loadedAt(DATASET).isPresent()) {
                loadMapOnce();
                state = "loaded";
                datasets.countyLoaded();
                return;
            }
            long start = System.nanoTime();
            AnjianPrincipal loader = AnjianPrincipal.system("demo-loader");
            LocalDate today = clock.today();
            List<Region> regionRows = read("regions.csv").stream().map(DemoRows::region).toList();
            regions.importTable(loader, DATASET, regionRows);
            int created = 0;
            for (Map<String, String> row : read("enterprises.csv")) {
                var e = DemoRows.enterprise(row);
                if (enterprises.find(loader, e.creditCode()).isEmpty()) {
                    enterprises.create(loader, e);
                    created++;
                }
            }
            List<Map<String, String>> hazardRows = read("hazards.csv");
            for (int i = 0; i < hazardRows.size(); i++) {
                Map<String, String> row = hazardRows.get(i);
                Hazard h = hazards.register(loader, DemoRows.hazard(i + 1, row, today));
                List<TransitionRequest> steps = DemoRows.timed(DemoRows.steps(row), h.registeredAt(), java.time.Instant.now());
                long done = h.history().stream().filter(t -> LOOP_ACTIONS.contains(t.action())).count();
                for (int s = (int) done; s < steps.size(); s++) {
                    hazards.transition(loader, h.id(), steps.get(s));
                }
            }
            int escalated = hazards.escalateOverdue(today);
            loads.markLoaded(DATASET, loader.userId(), regionRows.size() + " regions, " + created + " enterprises, "
                    + hazardRows.size() + " hazards, " + escalated + " escalated");
            loadMapOnce();
            state = "loaded";
            datasets.countyLoaded();
            LOG.info("Demo county loaded: {} regions, {} enterprises, {} hazards in {} ms", regionRows.size(), created,
                    hazardRows.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            state = "failed: " + e;
            LOG.error("Loading the demo county failed", e);
        }
    }

    private void loadMapOnce() throws IOException {
        if (loads.loadedAt(MAP_DATASET).isPresent()) {
            return;
        }
        AnjianPrincipal loader = AnjianPrincipal.system("demo-loader");
        Map<String, String> shapes;
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/townships.geojson")) {
            if (in == null) {
                throw new IOException("demo/townships.geojson is missing from the bundle");
            }
            shapes = DemoMap.geometries(in);
        }
        int stored = regions.importShapes(loader, shapes);
        loads.markLoaded(MAP_DATASET, loader.userId(), stored + " township outlines");
        LOG.info("Demo county map loaded: {} township outlines", stored);
    }

    private static List<Map<String, String>> read(String name) throws IOException {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("demo/" + name + " is missing from the bundle");
            }
            return DemoCsv.read(in);
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
