package org.anjian.core.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.anjian.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Up when the database answers a query through the persistence unit; says which database it is. */
@Component(service = HealthCheck.class)
public class PersistenceHealthCheck implements HealthCheck {
    private final Transactions tx;
    private final DataSource dataSource;
    private volatile String database;

    @Activate
    public PersistenceHealthCheck(@Reference(target = "(osgi.unit.name=anjian)") EntityManagerFactory emf,
                                  @Reference(target = "(osgi.jndi.service.name=anjian-raw)") DataSource dataSource) {
        this.tx = new Transactions(emf);
        this.dataSource = dataSource;
    }

    /** "PostgreSQL 15.18" or "H2 2.3.232 (2024-08-11)": the product and version the driver reports, read once. */
    private String database() throws SQLException {
        String known = database;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                DatabaseMetaData md = c.getMetaData();
                known = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            }
            database = known;
        }
        return known;
    }

    @Override
    public SystemStatus check() {
        try {
            long enterprises = tx.read(em -> em.createQuery("select count(e) from EnterpriseEntity e", Long.class)
                    .getSingleResult());
            long hazards = tx.read(em -> em.createQuery("select count(h) from HazardEntity h", Long.class)
                    .getSingleResult());
            return new SystemStatus("persistence", true, Map.of("enterprises", enterprises, "hazards", hazards,
                    "database", database()));
        } catch (RuntimeException | SQLException e) {
            return new SystemStatus("persistence", false, Map.of("error", String.valueOf(e.getMessage())));
        }
    }
}
