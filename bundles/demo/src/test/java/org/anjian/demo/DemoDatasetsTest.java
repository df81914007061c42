package org.anjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.anjian.api.spi.DemoDataset;
import org.anjian.api.system.DataLoads;
import org.junit.jupiter.api.Test;

class DemoDatasetsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** The ledger, in memory. */
    static final class Ledger implements DataLoads {
        final Map<String, String> rows = new ConcurrentHashMap<>();

        @Override
        public Optional<Instant> loadedAt(String name) {
            return rows.containsKey(name) ? Optional.of(CLOCK.instant()) : Optional.empty();
        }

        @Override
        public boolean markLoaded(String name, String loadedBy, String details) {
            return rows.putIfAbsent(name, loadedBy + ": " + details) == null;
        }
    }

    static final class Dataset implements DemoDataset {
        final String id;
        final AtomicInteger loads = new AtomicInteger();
        volatile boolean fail;
        volatile Clock seen;

        Dataset(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String load(Clock clock) {
            seen = clock;
            loads.incrementAndGet();
            if (fail) {
                throw new IllegalStateException("enterprise registry not reachable");
            }
            return "12 items";
        }
    }

    private final Ledger ledger = new Ledger();
    private final DemoDatasets datasets = new DemoDatasets(ledger, () -> CLOCK, Runnable::run);

    @Test
    void aDatasetWaitsForTheCountyThenLoadsOnceWithTheCountyClock() {
        Dataset d = new Dataset("demo-x-2026.1");
        datasets.add(d);
        assertThat(d.loads).hasValue(0);
        assertThat(datasets.states()).containsEntry("demo-x-2026.1", "waiting for the county");
        assertThat(datasets.allLoaded()).isFalse();
        datasets.countyLoaded();
        assertThat(datasets.allLoaded()).isTrue();
        assertThat(d.loads).hasValue(1);
        assertThat(d.seen).isSameAs(CLOCK);
        assertThat(ledger.rows).containsEntry("demo-x-2026.1", "demo-loader: 12 items");
        assertThat(datasets.states()).containsEntry("demo-x-2026.1", "loaded");
        datasets.remove(d);
        datasets.add(d);
        assertThat(d.loads).as("a restart of the module: the ledger has it").hasValue(1);
    }

    @Test
    void aModuleInstalledLaterLoadsWhenItArrives() {
        datasets.countyLoaded();
        Dataset d = new Dataset("demo-y-2026.1");
        datasets.add(d);
        assertThat(d.loads).hasValue(1);
        assertThat(ledger.rows).containsKey("demo-y-2026.1");
    }

    @Test
    void aFailedLoadIsNotRecordedAndIsTriedAgainWhenTheModuleComesBack() {
        datasets.countyLoaded();
        Dataset d = new Dataset("demo-z-2026.1");
        d.fail = true;
        datasets.add(d);
        assertThat(ledger.rows).doesNotContainKey("demo-z-2026.1");
        assertThat(datasets.states().get("demo-z-2026.1")).startsWith("failed: ").contains("not reachable");
        assertThat(datasets.allLoaded()).isFalse();
        datasets.remove(d);
        assertThat(datasets.states()).doesNotContainKey("demo-z-2026.1");
        d.fail = false;
        datasets.add(d);
        assertThat(d.loads).hasValue(2);
        assertThat(ledger.rows).containsKey("demo-z-2026.1");
    }
}
