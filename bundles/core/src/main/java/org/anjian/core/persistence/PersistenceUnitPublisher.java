package org.anjian.core.persistence;

import java.time.Clock;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;
import javax.persistence.EntityManagerFactory;
import javax.persistence.spi.PersistenceProvider;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrations before JPA, in one place: takes the DataSource that pax-jdbc publishes ({@code anjian-raw}),
 * applies the platform's SQL migrations, then builds the persistence unit with Hibernate's OSGi
 * provider and publishes the EntityManagerFactory ({@code osgi.unit.name=anjian}). Hibernate never
 * sees a schema older than its mapping; the schema is owned by the migrations.
 */
@Component(immediate = true, configurationPid = "org.anjian.persistence")
@Designate(ocd = PersistenceConfig.class)
public class PersistenceUnitPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(PersistenceUnitPublisher.class);
    public static final String MODULE = "core";

    private final EntityManagerFactory emf;
    private final ServiceRegistration<EntityManagerFactory> registration;

    @Activate
    public PersistenceUnitPublisher(BundleContext context,
                                    @Reference(target = "(osgi.jndi.service.name=anjian-raw)") DataSource dataSource,
                                    @Reference(target = "(javax.persistence.provider=org.hibernate.jpa.HibernatePersistenceProvider)")
                                    PersistenceProvider provider,
                                    PersistenceConfig config) throws Exception {
        long start = System.nanoTime();
        int applied = new SqlMigrator(dataSource, Clock.systemUTC())
                .migrate(MODULE, BundleMigrations.read(context.getBundle(), MODULE));
        long migrated = System.nanoTime();
        Properties props = new Properties();
        props.putAll(Map.of(
                "hibernate.dialect", config.dialect(),
                "hibernate.hbm2ddl.auto", "none",
                "hibernate.show_sql", String.valueOf(config.showSql()),
                "hibernate.jdbc.batch_size", "50",
                // a page of 20 enterprises loads their departments and guarantors in one query each, not 40
                "hibernate.default_batch_fetch_size", "50",
                "hibernate.order_inserts", "true",
                "hibernate.jdbc.time_zone", "UTC"));
        AnjianPersistenceUnit unit = new AnjianPersistenceUnit(dataSource,
                PersistenceUnitPublisher.class.getClassLoader(), context.getBundle().getEntry("/"), props);
        this.emf = provider.createContainerEntityManagerFactory(unit, props);
        Hashtable<String, Object> serviceProps = new Hashtable<>();
        serviceProps.put("osgi.unit.name", AnjianPersistenceUnit.NAME);
        this.registration = context.registerService(EntityManagerFactory.class, emf, serviceProps);
        LOG.info("Persistence unit {} ready: {} migrations applied ({} ms), Hibernate started ({} ms)",
                AnjianPersistenceUnit.NAME, applied, (migrated - start) / 1_000_000,
                (System.nanoTime() - migrated) / 1_000_000);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        emf.close();
    }
}
