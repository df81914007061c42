package org.anjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.anjian.api.kit.jdbc.Jdbc;
import org.junit.jupiter.api.Test;

class ModuleTestDatabaseTest {

    @Test
    void appliesThePlatformSchemaAndTheModulesMigrationsFromTheClassPathOnce() {
        ModuleTestDatabase db = ModuleTestDatabase.create("kit-sample");
        assertThat(db.appliedMigrations()).isEqualTo(2);
        db.database().write(s -> Jdbc.update(s.connection(), "INSERT INTO kit_item (id, name, note) VALUES (?, ?, ?)",
                "1", "液氯储罐", "V002 added the note"));
        db.open();
        assertThat(db.appliedMigrations()).isEqualTo(2);
        assertThat(db.rows("SELECT name, note FROM kit_item")).containsExactly(
                Map.of("name", "液氯储罐", "note", "V002 added the note"));
        assertThat(db.snapshot("kit_item")).containsEntry("kit_item", 1L).containsKeys("outbox", "audit_entry");
        assertThat(db.count("enterprise")).isZero();
    }

    @Test
    void aRolledBackWriteLeavesNothing() {
        ModuleTestDatabase db = ModuleTestDatabase.create("kit-sample");
        assertThatThrownBy(() -> db.database().write(s -> {
            Jdbc.update(s.connection(), "INSERT INTO kit_item (id, name) VALUES (?, ?)", "1", "a");
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(db.count("kit_item")).isZero();
    }

    @Test
    void aModuleWithoutMigrationsHasNone() {
        assertThat(ClasspathMigrations.find(getClass().getClassLoader(), "no-such-module")).isEmpty();
        assertThat(ClasspathMigrations.find(getClass().getClassLoader(), "core")).isNotEmpty()
                .allSatisfy((name, url) -> assertThat(name).matches("V.*\\.sql"));
    }

    @Test
    void principalsCarryTheirScope() {
        assertThat(TestPrincipals.township("t", "330999001").jurisdiction()).isEqualTo("330999001");
        assertThat(TestPrincipals.context(TestPrincipals.ADMIN).getUserPrincipal().getName()).isEqualTo("admin");
        assertThat(TestPrincipals.context(null).getUserPrincipal()).isNull();
    }
}
