package org.anjian.core.audit;

import java.time.Clock;
import javax.persistence.EntityManager;
import org.anjian.core.json.Json;

/** Records who changed what, inside the caller's transaction, with digests of the before and after states. */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(EntityManager em, String actor, String action, String targetType, String targetId,
                       Object before, Object after) {
        em.persist(new AuditEntryEntity(clock.instant(), actor, action, targetType, targetId, Json.digest(before),
                Json.digest(after)));
    }
}
