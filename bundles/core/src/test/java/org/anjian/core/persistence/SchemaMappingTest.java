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
            // every table the migrations create is mapped (an entity's or an element collection's), and only those
            java.util.Set<String> mapped = new java.util.TreeSet<>();
            for (var entity : db.emf().getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                mapped.add(type.getAnnotation(javax.persistence.Table.class).name().toLowerCase(java.util.Locale.ROOT));
                for (var field : type.getDeclaredFields()) {
                    var collection = field.getAnnotation(javax.persistence.CollectionTable.class);
                    if (collection != null) {
                        mapped.add(collection.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            java.util.Set<String> migrated = new java.util.TreeSet<>();
            db.rows("SELECT table_name FROM information_schema.tables WHERE UPPER(table_schema) = 'PUBLIC'")
                    .forEach(r -> migrated.add(String.valueOf(r.get("table_name")).toLowerCase(java.util.Locale.ROOT)));
            migrated.remove("anjian_schema_history");
            assertThat(mapped).isEqualTo(migrated);
            // core V005: the outbox payload is a plain character column on both databases, still NOT NULL
            assertThat(db.rows("SELECT data_type, is_nullable, character_maximum_length AS max FROM information_schema.columns"
                    + " WHERE LOWER(table_name) = 'outbox' AND LOWER(column_name) = 'payload'"))
                    .singleElement().satisfies(column -> {
                        assertThat(String.valueOf(column.get("data_type")).toUpperCase(java.util.Locale.ROOT))
                                .isEqualTo("CHARACTER VARYING");
                        assertThat(column.get("is_nullable")).isEqualTo("NO");
                        assertThat(((Number) column.get("max")).longValue()).isEqualTo(1_000_000L);
                    });
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
