package org.anjian.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The SQL migrations and the JPA mapping agree (the fixture builds the EMF with hbm2ddl=validate). */
class SchemaMappingTest {

    @Test
    void persistenceUnitValidatesAgainstMigratedSchema() {
        try (TestDatabase db = TestDatabase.migrated(SchemaMappingTest.class)) {
            assertThat(db.emf().isOpen()).isTrue();
            assertThat(db.emf().getMetamodel().getEntities()).hasSize(8);
            List<Migration> scripts = TestDatabase.coreMigrations();
            assertThat(db.rows("SELECT module, version, description, checksum FROM anjian_schema_history"))
                    .hasSize(scripts.size())
                    .first()
                    .satisfies(row -> {
                        assertThat(row.get("module")).isEqualTo("core");
                        assertThat(row.get("version")).isEqualTo(1);
                        assertThat(row.get("description")).isEqualTo("platform core");
                        assertThat(row.get("checksum")).isEqualTo(scripts.get(0).checksum());
                    });
        }
    }
}
