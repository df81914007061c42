package org.anjian.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anjian.core.testing.TestDatabase;
import org.anjian.testdb.FreshDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlMigratorTest {

    private static final Migration V1 = Migration.of("V1__create_item.sql",
            "-- the first table\nCREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(20));\n");
    private static final Migration V2 = Migration.of("V2__seed_items.sql",
            "INSERT INTO item (id, label) VALUES (1, 'one');\nINSERT INTO item (id, label) VALUES (2, 'two;2');\n");

    private FreshDatabase database;
    private DataSource ds;
    private SqlMigrator migrator;

    @BeforeEach
    void setUp() {
        database = FreshDatabase.create("migrator");
        ds = database.dataSource();
        migrator = new SqlMigrator(ds, TestDatabase.CLOCK);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void appliesScriptsOnceInVersionOrderAndRecordsThem() throws SQLException {
        // given out of order: V2 needs V1's table
        assertThat(migrator.migrate("demo", List.of(V2, V1))).isEqualTo(2);
        assertThat(migrator.migrate("demo", List.of(V1, V2))).isZero();

        assertThat(query("SELECT id, label FROM item ORDER BY id"))
                .extracting(r -> r.get("label"))
                .containsExactly("one", "two;2");
        assertThat(migrator.applied("demo"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, V1.checksum(), 2, V2.checksum()));
        List<Map<String, Object>> history = query(
                "SELECT module, version, description, checksum, applied_at FROM anjian_schema_history ORDER BY version");
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("module", "demo").containsEntry("version", 1)
                .containsEntry("description", "create item").containsEntry("checksum", V1.checksum());
        assertThat(history.get(1)).containsEntry("description", "seed items");
        // the history is per module
        assertThat(migrator.applied("other")).isEmpty();
    }

    @Test
    void appliedAtComesFromTheClock() throws SQLException {
        migrator.migrate("demo", List.of(V1));
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT applied_at FROM anjian_schema_history")) {
            rs.next();
            // written with Timestamp.from(instant): the JVM zone's wall clock of the clock's instant
            LocalDateTime stored = rs.getTimestamp(1).toLocalDateTime();
            assertThat(stored.atZone(java.time.ZoneId.systemDefault()).toInstant()).isEqualTo(TestDatabase.NOW);
        }
    }

    @Test
    void newScriptsAreAppliedOnTopOfApplied() throws SQLException {
        migrator.migrate("demo", List.of(V1));
        assertThat(migrator.migrate("demo", List.of(V1, V2))).isEqualTo(1);
        assertThat(migrator.applied("demo")).containsOnlyKeys(1, 2);
    }

    @Test
    void refusesAScriptChangedAfterItWasApplied() throws SQLException {
        migrator.migrate("demo", List.of(V1));
        Migration changed = Migration.of("V1__create_item.sql",
                "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(40));\n");
        Migration v3 = Migration.of("V3__more.sql", "CREATE TABLE more_items (id INTEGER);\n");

        assertThatThrownBy(() -> migrator.migrate("demo", List.of(changed, v3)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("V1")
                .hasMessageContaining("changed")
                .hasMessageContaining(V1.checksum())
                .hasMessageContaining(changed.checksum());
        // nothing after the changed script was applied either
        assertThat(migrator.applied("demo")).containsOnlyKeys(1).containsEntry(1, V1.checksum());
        assertThat(tableExists("MORE_ITEMS")).isFalse();
    }

    @Test
    void rollsBackAFailingScriptAndRecordsNothingForIt() throws SQLException {
        migrator.migrate("demo", List.of(V1, V2));
        Migration failing = Migration.of("V3__broken.sql",
                "INSERT INTO item (id, label) VALUES (3, 'three');\nINSERT INTO no_such_table (id) VALUES (4);\n");

        assertThatThrownBy(() -> migrator.migrate("demo", List.of(V1, V2, failing)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("V3 failed");

        assertThat(migrator.applied("demo")).containsOnlyKeys(1, 2);
        assertThat(query("SELECT id FROM item ORDER BY id")).extracting(r -> r.get("id")).containsExactly(1, 2);

        // the fixed script goes in on the next start
        Migration fixed = Migration.of("V3__broken.sql", "INSERT INTO item (id, label) VALUES (3, 'three');\n");
        assertThat(migrator.migrate("demo", List.of(V1, V2, fixed))).isEqualTo(1);
        assertThat(migrator.applied("demo")).containsEntry(3, fixed.checksum());
    }

    /**
     * H2 commits DDL implicitly: a script that fails after a CREATE TABLE leaves that table behind. The
     * migrator cannot undo it, so it says exactly which statements ran, and records no history for the script.
     * PostgreSQL rolls the DDL back with the script (SqlDialect.hasTransactionalDdl), and the message says so.
     */
    @Test
    void aFailingScriptWithDdlNamesTheStatementsThatRan() throws SQLException {
        Migration failing = Migration.of("V2__two_tables.sql",
                "CREATE TABLE first_half (id INTEGER);\nCREATE TABLE second_half (;\n");
        assertThatThrownBy(() -> migrator.migrate("demo", List.of(V1, failing)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("V2 failed at statement 2 of 2")
                .hasMessageContaining("Statements 1-1 ran before it")
                .hasMessageContaining(database.isPostgreSql() ? "were rolled back with it" : "must be undone");
        assertThat(migrator.applied("demo")).containsOnlyKeys(1);
        assertThat(tableExists("FIRST_HALF")).isEqualTo(!database.isPostgreSql());

        Migration fixed = Migration.of("V2__two_tables.sql",
                "CREATE TABLE IF NOT EXISTS first_half (id INTEGER);\nCREATE TABLE second_half (id INTEGER);\n");
        assertThat(migrator.migrate("demo", List.of(V1, fixed))).isEqualTo(1);
        assertThat(tableExists("SECOND_HALF")).isTrue();
    }

    @Test
    void aFailingScriptStopsLaterScripts() throws SQLException {
        Migration failing = Migration.of("V2__broken.sql", "INSERT INTO missing_table VALUES (1);\n");
        Migration v3 = Migration.of("V3__later.sql", "CREATE TABLE later (id INTEGER);\n");

        assertThatThrownBy(() -> migrator.migrate("demo", List.of(V1, failing, v3))).isInstanceOf(SQLException.class);

        assertThat(migrator.applied("demo")).containsOnlyKeys(1);
        assertThat(tableExists("LATER")).isFalse();
    }

    /**
     * The one type difference (SqlDialect): a CLOB column, as the first core and exchange scripts declare, holds long
     * text on both databases (PostgreSQL through the domain clob over text that the migrator creates first).
     */
    @Test
    void aClobColumnHoldsLongTextOnBothDatabases() throws SQLException {
        Migration clob = Migration.of("V1__notes.sql", "CREATE TABLE note (id INTEGER PRIMARY KEY, body CLOB NOT NULL);\n");
        assertThat(migrator.migrate("demo", List.of(clob))).isEqualTo(1);
        String text = "隐患描述".repeat(50_000);
        try (var c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO note (id, body) VALUES (1, ?)")) {
            ps.setString(1, text);
            ps.executeUpdate();
        }
        try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("SELECT body FROM note")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(text);
        }
        // a second module's migrations find the domain in place (the prelude is idempotent)
        assertThat(migrator.migrate("other", List.of(Migration.of("V1__more.sql", "CREATE TABLE more_notes (body CLOB);\n"))))
                .isEqualTo(1);
        try (var c = ds.getConnection()) {
            assertThat(SqlDialect.of(c)).isEqualTo(database.isPostgreSql() ? SqlDialect.POSTGRESQL : SqlDialect.H2);
        }
    }

    @Test
    void realCoreScriptsSplitIntoStatementsWithoutComments() {
        List<Migration> core = TestDatabase.coreMigrations();
        assertThat(core).extracting(Migration::version).startsWith(1);
        assertThat(core.get(0).statements())
                .isNotEmpty()
                .noneMatch(s -> s.startsWith("--"))
                .noneMatch(String::isBlank)
                .anyMatch(s -> s.startsWith("CREATE TABLE hazard ("));
    }

    private boolean tableExists(String table) throws SQLException {
        // H2 folds unquoted names to upper case, PostgreSQL to lower case
        return !query("SELECT table_name FROM information_schema.tables WHERE UPPER(table_name) = '" + table + "'").isEmpty();
    }

    private List<Map<String, Object>> query(String sql) throws SQLException {
        try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            var md = rs.getMetaData();
            List<Map<String, Object>> out = new java.util.ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }
}
