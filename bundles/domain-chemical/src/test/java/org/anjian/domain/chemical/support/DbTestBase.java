package org.anjian.domain.chemical.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.anjian.api.spi.ModuleDatabase;
import org.junit.jupiter.api.BeforeEach;

/** A fresh migrated database per test, a fixed clock and the fake platform services. */
public abstract class DbTestBase {
    public static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    protected Clock clock;
    protected TestDb testDb;
    protected ModuleDatabase db;
    protected Fakes.Enterprises enterprises;

    @BeforeEach
    void setUpDatabase() {
        clock = Clock.fixed(NOW, ZoneOffset.UTC);
        testDb = new TestDb(clock);
        db = testDb.open();
        enterprises = new Fakes.Enterprises();
    }

    protected long count(String table) {
        return testDb.count("SELECT COUNT(*) FROM " + table);
    }
}
