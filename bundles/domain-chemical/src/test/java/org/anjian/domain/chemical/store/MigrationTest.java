package org.anjian.domain.chemical.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.TestDb;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void migrationsCreateTheTablesOnceAndASecondOpenAppliesNothing() throws Exception {
        TestDb testDb = new TestDb(Clock.fixed(DbTestBase.NOW, ZoneOffset.UTC));
        testDb.open();
        assertThat(testDb.appliedMigrations()).isEqualTo(2);
        for (String table : new String[] {"chemical_park", "chemical_park_member", "chemical_major_hazard_source",
                "chemical_mhs_substance", "chemical_mhs_guarantor", "chemical_work_permit", "chemical_monitoring_point",
                "chemical_reading", "chemical_alarm"}) {
            assertThat(testDb.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        long history = testDb.count("SELECT COUNT(*) FROM anjian_schema_history WHERE module = 'chemical'");
        testDb.open();
        assertThat(testDb.appliedMigrations()).isEqualTo(2);
        assertThat(testDb.count("SELECT COUNT(*) FROM anjian_schema_history WHERE module = 'chemical'"))
                .isEqualTo(history);
    }
}
