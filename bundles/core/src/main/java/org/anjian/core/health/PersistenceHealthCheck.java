package org.anjian.core.health;

import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.anjian.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Up when the database answers a query through the persistence unit. */
@Component(service = HealthCheck.class)
public class PersistenceHealthCheck implements HealthCheck {
    private final Transactions tx;

    @Activate
    public PersistenceHealthCheck(@Reference(target = "(osgi.unit.name=anjian)") EntityManagerFactory emf) {
        this.tx = new Transactions(emf);
    }

    @Override
    public SystemStatus check() {
        try {
            long enterprises = tx.read(em -> em.createQuery("select count(e) from EnterpriseEntity e", Long.class)
                    .getSingleResult());
            long hazards = tx.read(em -> em.createQuery("select count(h) from HazardEntity h", Long.class)
                    .getSingleResult());
            return new SystemStatus("persistence", true, Map.of("enterprises", enterprises, "hazards", hazards));
        } catch (RuntimeException e) {
            return new SystemStatus("persistence", false, Map.of("error", String.valueOf(e.getMessage())));
        }
    }
}
