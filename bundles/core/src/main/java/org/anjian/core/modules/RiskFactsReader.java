package org.anjian.core.modules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardStateMachine;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.core.persistence.Transactions;

/** Counts an enterprise's hazards for risk indicators. */
public class RiskFactsReader {
    private final Transactions tx;
    private final Clock clock;

    public RiskFactsReader(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public EnterpriseRiskFacts read(Enterprise e) {
        LocalDate today = LocalDate.now(clock);
        List<HazardStatus> open = Arrays.stream(HazardStatus.values()).filter(HazardStateMachine::isOpen).toList();
        List<HazardStatus> counting = Arrays.stream(HazardStatus.values())
                .filter(HazardStateMachine::countsTowardsOverdue).toList();
        return tx.read(em -> {
            long general = count(em, "h.status in (:s) and h.grade = :g", "s", open, "g", HazardGrade.GENERAL, e);
            long major = count(em, "h.status in (:s) and h.grade = :g", "s", open, "g", HazardGrade.MAJOR, e);
            long overdue = count(em, "h.status in (:s) and h.deadline < :d", "s", counting, "d", today, e);
            long lastYear = count(em, "h.registeredAt >= :t and 1 = :one", "t",
                    today.minusDays(365).atStartOfDay(clock.getZone()).toInstant(), "one", 1, e);
            return new EnterpriseRiskFacts(e, general, major, overdue, lastYear);
        });
    }

    private static long count(javax.persistence.EntityManager em, String where, String p1, Object v1, String p2,
                              Object v2, Enterprise e) {
        return em.createQuery("select count(h) from HazardEntity h where h.enterpriseCreditCode = :c and " + where,
                        Long.class)
                .setParameter("c", e.creditCode()).setParameter(p1, v1).setParameter(p2, v2).getSingleResult();
    }
}
