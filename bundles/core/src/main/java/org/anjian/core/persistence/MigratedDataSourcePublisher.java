package org.anjian.core.persistence;

import java.time.Clock;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrations before JPA: takes the raw DataSource that pax-jdbc publishes ({@code anjian-raw}), applies
 * the platform's SQL migrations, and only then publishes it as {@code anjian}, the name the
 * persistence unit waits for. Hibernate therefore never sees a schema older than its mapping.
 */
@Component(immediate = true)
public class MigratedDataSourcePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(MigratedDataSourcePublisher.class);
    public static final String MODULE = "core";

    private final ServiceRegistration<DataSource> registration;

    @Activate
    public MigratedDataSourcePublisher(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=anjian-raw)") DataSource raw) throws Exception {
        long start = System.nanoTime();
        int applied = new SqlMigrator(raw, Clock.systemUTC()).migrate(MODULE, BundleMigrations.read(context.getBundle(), MODULE));
        LOG.info("Schema of module {} is current ({} migrations applied now, {} ms)", MODULE, applied,
                (System.nanoTime() - start) / 1_000_000);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.jndi.service.name", "anjian");
        props.put("dataSourceName", "anjian");
        this.registration = context.registerService(DataSource.class, raw, props);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
