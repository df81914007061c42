package org.anjian.core.system;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.anjian.api.system.DataLoads;
import org.anjian.core.persistence.Transactions;

public class DataLoadsImpl implements DataLoads {
    private final Transactions tx;
    private final Clock clock;

    public DataLoadsImpl(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> loadedAt(String name) {
        return tx.read(em -> Optional.ofNullable(em.find(DataLoadEntity.class, name)).map(DataLoadEntity::getLoadedAt));
    }

    @Override
    public boolean markLoaded(String name, String loadedBy, String details) {
        return tx.write(work -> {
            if (work.em().find(DataLoadEntity.class, name) != null) {
                return false;
            }
            work.em().persist(new DataLoadEntity(name, clock.instant(), loadedBy,
                    details == null || details.length() <= 2000 ? details : details.substring(0, 2000)));
            return true;
        });
    }
}
