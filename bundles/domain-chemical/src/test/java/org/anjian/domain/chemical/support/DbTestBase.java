package org.anjian.domain.chemical.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.testkit.ModuleTestDatabase;
import org.junit.jupiter.api.BeforeEach;

/** A fresh migrated database per test, a fixed clock and the fake platform services. */
public abstract class DbTestBase {
    public static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    protected Clock clock;
    protected ModuleTestDatabase testDb;
    protected ModuleDatabase db;
    protected Fakes.Enterprises enterprises;

    @BeforeEach
    void setUpDatabase() {
        clock = Clock.fixed(NOW, ZoneOffset.UTC);
        testDb = ModuleTestDatabase.create("chemical", clock);
        db = testDb.database();
        enterprises = new Fakes.Enterprises();
    }

    protected long count(String table) {
        return testDb.count(table);
    }

    /** Row counts of every table a chemical write may touch, the outbox and the audit log included. */
    protected Map<String, Long> snapshot() {
        return testDb.snapshot(TABLES);
    }

    public static final String[] TABLES = {"chemical_park", "chemical_park_member", "chemical_major_hazard_source", "chemical_mhs_substance", "chemical_mhs_guarantor", "chemical_work_permit", "chemical_monitoring_point", "chemical_reading", "chemical_alarm"};
}
