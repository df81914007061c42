package org.anjian.api.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.security.AnjianPrincipal;

/** The hazard closed loop: 排查 → 登记 → 交办 → 整改 → 复查 → 销号, with overdue escalation. */
public interface HazardService {

    Hazard register(AnjianPrincipal caller, NewHazard hazard);

    Optional<Hazard> find(AnjianPrincipal caller, long id);

    Page<Hazard> search(AnjianPrincipal caller, HazardQuery query);

    /** Applies one action; {@code IllegalTransitionException} names the allowed ones. */
    Hazard transition(AnjianPrincipal caller, long id, TransitionRequest request);

    /**
     * Raises supervision of overdue hazards per the configured thresholds as of {@code today}.
     * Returns the number of hazards whose supervision changed.
     */
    int escalateOverdue(LocalDate today);

    List<HazardCategory> categories();
}
