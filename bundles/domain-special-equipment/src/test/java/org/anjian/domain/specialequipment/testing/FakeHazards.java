package org.anjian.domain.specialequipment.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStateMachine;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.security.AnjianPrincipal;

/** Hazards in memory with the real state machine; records every register and transition call. */
public final class FakeHazards implements HazardService {
    public record Registration(AnjianPrincipal caller, NewHazard hazard, long id) {
    }

    public record Step(AnjianPrincipal caller, long id, TransitionRequest request) {
    }

    public final List<Registration> registrations = new ArrayList<>();
    public final List<Step> transitions = new ArrayList<>();
    private final Map<Long, Hazard> byId = new LinkedHashMap<>();
    private long next = 100;
    /** When set, transition calls fail (the hazard service is unavailable). */
    public boolean failTransitions;

    @Override
    public Hazard register(AnjianPrincipal caller, NewHazard n) {
        for (Hazard h : byId.values()) {
            if (n.sourceSystem() != null && n.sourceSystem().equals(h.sourceSystem())
                    && n.sourceId().equals(h.sourceId())) {
                registrations.add(new Registration(caller, n, h.id()));
                return h;
            }
        }
        long id = next++;
        Hazard h = new Hazard(id, n.enterpriseCreditCode(), null, n.regionCode(), n.source(), n.grade(), n.category(),
                n.description(), n.deadline(), HazardStatus.REGISTERED, Supervision.NONE, false, null, null, null, null,
                null, null, n.sourceSystem(), n.sourceId(), Instant.EPOCH, caller.userId(), null, 1L, List.of());
        byId.put(id, h);
        registrations.add(new Registration(caller, n, id));
        return h;
    }

    /** Moves a hazard as a user would, outside the module. */
    public void force(long id, HazardStatus status) {
        Hazard h = byId.get(id);
        byId.put(id, with(h, status, h.assignee(), h.evidence()));
    }

    @Override
    public Optional<Hazard> find(AnjianPrincipal caller, long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<Hazard> search(AnjianPrincipal caller, HazardQuery query) {
        return new Page<>(List.copyOf(byId.values()), byId.size());
    }

    @Override
    public Hazard transition(AnjianPrincipal caller, long id, TransitionRequest request) {
        if (failTransitions) {
            throw new IllegalStateException("hazard service unavailable");
        }
        Hazard h = byId.get(id);
        HazardStatus to = HazardStateMachine.next(h.status(), request.action());
        transitions.add(new Step(caller, id, request));
        Hazard updated = with(h, to, request.assignee() != null ? request.assignee() : h.assignee(),
                request.evidence() != null ? request.evidence() : h.evidence());
        byId.put(id, updated);
        return updated;
    }

    private static Hazard with(Hazard h, HazardStatus status, String assignee, String evidence) {
        return new Hazard(h.id(), h.enterpriseCreditCode(), h.enterpriseName(), h.regionCode(), h.source(), h.grade(),
                h.category(), h.description(), h.deadline(), status, h.supervision(), false, assignee, evidence,
                h.responsible(), h.measures(), h.funds(), h.contingencyPlan(), h.sourceSystem(), h.sourceId(),
                h.registeredAt(), h.registeredBy(), status == HazardStatus.CLOSED ? Instant.EPOCH : null, h.version() + 1,
                h.history());
    }

    @Override
    public int escalateOverdue(LocalDate today) {
        return 0;
    }

    @Override
    public List<HazardCategory> categories() {
        return List.of();
    }
}
