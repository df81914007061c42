package org.anjian.core.modules;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.ModuleStorage;
import org.anjian.core.persistence.BundleMigrations;
import org.anjian.core.persistence.SqlMigrator;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Migrates a module's own schema from its bundle, then hands out its database. */
public class ModuleStorageImpl implements ModuleStorage {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleStorageImpl.class);
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** Module ids the platform's own migrations use. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("core", "platform", "demo");

    private final DataSource dataSource;
    private final SqlMigrator migrator;
    private final Clock clock;

    public ModuleStorageImpl(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.migrator = new SqlMigrator(dataSource, clock);
    }

    @Override
    public ModuleDatabase open(String moduleId, Bundle bundle) {
        if (moduleId == null || !MODULE_ID.matcher(moduleId).matches() || RESERVED.contains(moduleId)) {
            throw new IllegalArgumentException("invalid module id: " + moduleId);
        }
        try {
            int applied = migrator.migrate(moduleId, BundleMigrations.read(bundle, moduleId));
            LOG.info("Module {} ({} {}): schema current, {} migrations applied now", moduleId,
                    bundle.getSymbolicName(), bundle.getVersion(), applied);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Module " + moduleId + ": migrations failed: " + e.getMessage(), e);
        }
        return new JdbcModuleDatabase(moduleId, dataSource, clock);
    }
}
