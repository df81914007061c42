package org.anjian.domain.chemical.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.testkit.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void migrationsCreateTheTablesOnceAndASecondOpenAppliesNothing() {
        ModuleTestDatabase testDb = ModuleTestDatabase.create("chemical", Clock.fixed(DbTestBase.NOW, ZoneOffset.UTC));
        assertThat(testDb.appliedMigrations()).isEqualTo(2);
        for (String table : DbTestBase.TABLES) {
            assertThat(testDb.count(table)).as(table).isZero();
        }
        long history = testDb.number("SELECT COUNT(*) FROM anjian_schema_history WHERE module = 'chemical'");
        testDb.open();
        assertThat(testDb.appliedMigrations()).isEqualTo(2);
        assertThat(testDb.number("SELECT COUNT(*) FROM anjian_schema_history WHERE module = 'chemical'"))
                .isEqualTo(history);
    }
}
