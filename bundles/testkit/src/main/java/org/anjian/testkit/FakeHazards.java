package org.anjian.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.EnterpriseService;
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

/**
 * The platform's hazard service in memory, for a module's tests: the real state machine, registration idempotent
 * on sourceSystem and sourceId, {@link #resolve} walking the same steps as the platform. Records every call.
 */
public class FakeHazards implements HazardService {
    /** A register call and the id it answered. */
    public record Registration(AnjianPrincipal caller, NewHazard hazard, long id) {
    }

    /** A transition call. */
    public record Step(AnjianPrincipal caller, long id, TransitionRequest request) {
    }

    public final List<Registration> registrations = new ArrayList<>();
    public final List<Step> transitions = new ArrayList<>();
    private final Map<Long, Hazard> byId = new LinkedHashMap<>();
    private long next = 100;
    /** When set, transition calls fail (the hazard service is unavailable). */
    public volatile boolean failTransitions;
    /** When set, the next register call throws it. */
    public volatile RuntimeException failNextRegistration;
    private final EnterpriseService enterprises;

    /** Hazards without enterprise names. */
    public FakeHazards() {
        this(null);
    }

    /** Hazards carrying the enterprise's name from the registry, as the platform's do. */
    public FakeHazards(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public synchronized Hazard register(AnjianPrincipal caller, NewHazard n) {
        RuntimeException fail = failNextRegistration;
        if (fail != null) {
            failNextRegistration = null;
            throw fail;
        }
        Optional<Hazard> known = bySource(n.sourceSystem(), n.sourceId());
        if (known.isPresent()) {
            registrations.add(new Registration(caller, n, known.get().id()));
            return known.get();
        }
        long id = next++;
        String name = enterprises == null ? null : enterprises.find(AnjianPrincipal.system("fake-hazards"),
                n.enterpriseCreditCode()).map(e -> e.name()).orElse(null);
        Hazard h = new Hazard(id, n.enterpriseCreditCode(), name, n.regionCode(), n.source(), n.grade(), n.category(),
                n.description(), n.deadline(), HazardStatus.REGISTERED, Supervision.NONE, false, null, null, null, null,
                null, null, n.sourceSystem(), n.sourceId(), TestCounty.NOW, caller.userId(), null, 1L, List.of());
        byId.put(id, h);
        registrations.add(new Registration(caller, n, id));
        return h;
    }

    /** What was registered, call by call (a repeated registration appears again). */
    public synchronized List<NewHazard> registered() {
        return registrations.stream().map(Registration::hazard).toList();
    }

    /** The hazards as they stand, in registration order. */
    public synchronized List<Hazard> all() {
        return List.copyOf(byId.values());
    }

    /** Moves a hazard as a user would, outside the module. */
    public synchronized void force(long id, HazardStatus status) {
        Hazard h = byId.get(id);
        byId.put(id, with(h, status, h.assignee(), h.evidence()));
    }

    @Override
    public synchronized Optional<Hazard> find(AnjianPrincipal caller, long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Page<Hazard> search(AnjianPrincipal caller, HazardQuery query) {
        return new Page<>(List.copyOf(byId.values()), byId.size());
    }

    @Override
    public synchronized Hazard transition(AnjianPrincipal caller, long id, TransitionRequest request) {
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

    @Override
    public synchronized Optional<Hazard> findBySource(AnjianPrincipal caller, String sourceSystem, String sourceId) {
        return bySource(sourceSystem, sourceId);
    }

    @Override
    public synchronized Optional<Hazard> resolve(AnjianPrincipal caller, String sourceSystem, String sourceId,
                                                 String evidence) {
        Optional<Hazard> found = bySource(sourceSystem, sourceId);
        if (found.isEmpty()) {
            return found;
        }
        Hazard h = found.get();
        for (Optional<TransitionRequest> step = HazardStateMachine.nextStepToClose(h, evidence); step.isPresent();
             step = HazardStateMachine.nextStepToClose(h, evidence)) {
            h = transition(caller, h.id(), step.get());
        }
        return Optional.of(h);
    }

    @Override
    public int escalateOverdue(LocalDate today) {
        return 0;
    }

    @Override
    public List<HazardCategory> categories() {
        return List.of();
    }

    private Optional<Hazard> bySource(String system, String id) {
        if (system == null || id == null) {
            return Optional.empty();
        }
        return byId.values().stream().filter(h -> system.equals(h.sourceSystem()) && id.equals(h.sourceId())).findFirst();
    }

    private static Hazard with(Hazard h, HazardStatus status, String assignee, String evidence) {
        return new Hazard(h.id(), h.enterpriseCreditCode(), h.enterpriseName(), h.regionCode(), h.source(), h.grade(),
                h.category(), h.description(), h.deadline(), status, h.supervision(), false, assignee, evidence,
                h.responsible(), h.measures(), h.funds(), h.contingencyPlan(), h.sourceSystem(), h.sourceId(),
                h.registeredAt(), h.registeredBy(), status == HazardStatus.CLOSED ? Instant.EPOCH : null,
                h.version() + 1, h.history());
    }
}
