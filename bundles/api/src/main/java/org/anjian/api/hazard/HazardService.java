package org.anjian.api.hazard;

import org.osgi.annotation.versioning.ProviderType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.security.AnjianPrincipal;

/** The hazard closed loop: 排查 → 登记 → 交办 → 整改 → 复查 → 销号, with overdue escalation. */
@ProviderType
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

    /**
     * The hazard registered for a record of a module or a peer ({@code NewHazard}'s sourceSystem and sourceId), if
     * it exists and the caller may see it. {@link #register} is idempotent on the same pair.
     */
    Optional<Hazard> findBySource(AnjianPrincipal caller, String sourceSystem, String sourceId);

    /**
     * Closes (销号) the hazard registered for a record, walking the legal steps from where it stands: 交办 to the
     * enterprise, 整改, 提交 with {@code evidence}, 复查通过. What a module does when its record shows the hazard is
     * gone (an inspection passed, a certificate renewed). Idempotent: a closed hazard is returned as it is, a run cut
     * short continues where it stopped; empty when no hazard is registered for the record.
     */
    Optional<Hazard> resolve(AnjianPrincipal caller, String sourceSystem, String sourceId, String evidence);
}
