package org.anjian.demo;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.anjian.api.spi.DemoDataset;
import org.anjian.api.system.DataLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules' demo datasets: once the county is loaded, each registered dataset the ledger does not list is
 * loaded (on the demo's own thread) and recorded; a dataset that arrives later is loaded when it arrives.
 */
final class DemoDatasets {
    static final String LOADER = "demo-loader";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDatasets.class);

    private final DataLoads loads;
    private final Supplier<Clock> clock;
    private final Executor executor;
    private final Map<DemoDataset, String> datasets = new ConcurrentHashMap<>();
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private volatile boolean countyLoaded;

    DemoDatasets(DataLoads loads, Supplier<Clock> clock, Executor executor) {
        this.loads = loads;
        this.clock = clock;
        this.executor = executor;
    }

    void add(DemoDataset dataset) {
        datasets.put(dataset, dataset.id());
        // a module coming back (a restart, an upgrade) whose data the ledger has is loaded at once
        states.put(dataset.id(), loaded(dataset.id()) ? "loaded" : "waiting for the county");
        if (countyLoaded) {
            executor.execute(() -> load(dataset));
        }
    }

    void remove(DemoDataset dataset) {
        String id = datasets.remove(dataset);
        if (id != null && !datasets.containsValue(id)) {
            states.remove(id);
        }
    }

    /** The county is in place: load what is due. */
    void countyLoaded() {
        countyLoaded = true;
        for (DemoDataset d : datasets.keySet()) {
            executor.execute(() -> load(d));
        }
    }

    /** Whether every registered dataset is loaded (true when there is none). */
    boolean allLoaded() {
        return states.values().stream().allMatch("loaded"::equals);
    }

    /** Each registered dataset's state: waiting, loaded, or failed with the reason. */
    Map<String, String> states() {
        return new TreeMap<>(states);
    }

    private boolean loaded(String id) {
        try {
            return loads.loadedAt(id).isPresent();
        } catch (RuntimeException e) {
            return false; // the database is not there yet: the load will tell
        }
    }

    private void load(DemoDataset dataset) {
        String id = dataset.id();
        if (!datasets.containsKey(dataset)) {
            return;
        }
        if (loads.loadedAt(id).isPresent()) {
            states.put(id, "loaded");
            return;
        }
        states.put(id, "loading");
        long start = System.nanoTime();
        try {
            String summary = dataset.load(clock.get());
            loads.markLoaded(id, LOADER, summary == null ? "" : summary);
            states.put(id, "loaded");
            LOG.info("Demo dataset {} loaded in {} ms: {}", id, (System.nanoTime() - start) / 1_000_000, summary);
        } catch (Exception | LinkageError e) {
            states.put(id, "failed: " + e);
            LOG.error("Demo dataset {} failed; it is tried again when the demo or the module restarts", id, e);
        }
    }
}
