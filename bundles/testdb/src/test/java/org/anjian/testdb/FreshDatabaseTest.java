package org.anjian.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs in both passes: on H2, and with -Danjian.test.db=postgresql on the run's PostgreSQL server. */
class FreshDatabaseTest {

    @Test
    void eachDatabaseIsNewEmptyAndItsOwn() throws SQLException {
        try (FreshDatabase a = FreshDatabase.create("Fresh Database Test!");
             FreshDatabase b = FreshDatabase.create("Fresh Database Test!")) {
            assertThat(a.name()).matches("t_fresh_database_test_[0-9]+_[0-9]+").isNotEqualTo(b.name());
            assertThat(a.engine()).isEqualTo(FreshDatabase.Engine.selected());
            execute(a, "CREATE TABLE item (id INTEGER PRIMARY KEY)");
            execute(a, "INSERT INTO item VALUES (1)");
            assertThat(count(a, "SELECT COUNT(*) FROM item")).isEqualTo(1);
            // b has no such table
            assertThatThrownBy(() -> count(b, "SELECT COUNT(*) FROM item")).isInstanceOf(SQLException.class);
            try (Connection c = a.dataSource().getConnection()) {
                assertThat(c.getMetaData().getDatabaseProductName())
                        .isEqualTo(a.isPostgreSql() ? "PostgreSQL" : "H2");
            }
        }
    }

    @Test
    void closingDropsTheDatabase() throws SQLException {
        FreshDatabase db = FreshDatabase.create("dropped");
        execute(db, "CREATE TABLE item (id INTEGER)");
        db.close();
        if (db.isPostgreSql()) {
            // the name is gone from the server
            try (FreshDatabase other = FreshDatabase.create("witness")) {
                assertThat(count(other, "SELECT COUNT(*) FROM pg_database WHERE datname = '" + db.name() + "'")).isZero();
            }
        } else {
            // a new connection to the same in-memory URL finds an empty database
            assertThatThrownBy(() -> count(db, "SELECT COUNT(*) FROM item")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anUnknownEngineIsRefusedByName() {
        String before = System.getProperty("anjian.test.db");
        System.setProperty("anjian.test.db", "oracle");
        try {
            assertThatThrownBy(FreshDatabase.Engine::selected).hasMessageContaining("anjian.test.db")
                    .hasMessageContaining("oracle");
        } finally {
            if (before == null) {
                System.clearProperty("anjian.test.db");
            } else {
                System.setProperty("anjian.test.db", before);
            }
        }
    }

    @Test
    void anInMemoryH2DatabaseIsNotOfferedToAnotherProcess() {
        try (FreshDatabase h2 = FreshDatabase.create(FreshDatabase.Engine.H2, "local")) {
            assertThatThrownBy(h2::connectionSettings).hasMessageContaining("cannot be shared");
        }
    }

    private static void execute(FreshDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(FreshDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
