package org.anjian.core.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.ValidationException;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStateMachine;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.HazardTransition;
import org.anjian.api.hazard.MajorHazardPlan;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.region.RegionCode;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.core.access.Access;
import org.anjian.core.access.IndustryScope;
import org.anjian.core.audit.AuditLog;
import org.anjian.core.enterprise.EnterpriseEntity;
import org.anjian.core.events.EventPublisher;
import org.anjian.core.events.HazardEvent;
import org.anjian.core.json.Json;
import org.anjian.core.outbox.Outbox;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.query.JpqlFilter;
import org.anjian.core.validation.Constraints;
import org.anjian.api.kit.fields.Fields;

/** The hazard closed loop, persisted with history, audit, outbox and after-commit events. */
public class HazardServiceImpl implements HazardService {
    public static final String TOPIC = "anjian.hazard.events";
    static final String RECORD_TYPE = "hazard";

    private final Transactions tx;
    private final Clock clock;
    private final RegionService regions;
    private final EventPublisher events;
    private final AuditLog audit;
    private final Outbox outbox;
    private volatile EscalationPolicy policy;
    private final java.util.function.Supplier<List<HazardCategory>> domainCategories;
    private final IndustryScope industries;

    public HazardServiceImpl(Transactions tx, Clock clock, RegionService regions, EventPublisher events,
                             EscalationPolicy policy) {
        this(tx, clock, regions, events, policy, List::of);
    }

    /** @param domainCategories the categories installed domains contribute, asked afresh on each use */
    public HazardServiceImpl(Transactions tx, Clock clock, RegionService regions, EventPublisher events,
                             EscalationPolicy policy, java.util.function.Supplier<List<HazardCategory>> domainCategories) {
        this(tx, clock, regions, events, policy, domainCategories, IndustryScope.UNRESTRICTED);
    }

    public HazardServiceImpl(Transactions tx, Clock clock, RegionService regions, EventPublisher events,
                             EscalationPolicy policy, java.util.function.Supplier<List<HazardCategory>> domainCategories,
                             IndustryScope industries) {
        this.industries = industries;
        this.domainCategories = domainCategories;
        this.tx = tx;
        this.clock = clock;
        this.regions = regions;
        this.events = events;
        this.policy = policy;
        this.audit = new AuditLog(clock);
        this.outbox = new Outbox(clock);
    }

    protected void setPolicy(EscalationPolicy policy) {
        this.policy = policy;
    }

    public EscalationPolicy policy() {
        return policy;
    }

    @Override
    public List<HazardCategory> categories() {
        List<HazardCategory> domain = domainCategories.get();
        if (domain.isEmpty()) {
            return HazardCategories.PLATFORM;
        }
        List<HazardCategory> all = new java.util.ArrayList<>(HazardCategories.PLATFORM);
        all.addAll(domain);
        return List.copyOf(all);
    }

    @Override
    public Hazard register(AnjianPrincipal caller, NewHazard h) {
        Access.requireWriter(caller);
        if (h != null && h.sourceSystem() != null && h.sourceId() != null) {
            // a record delivered again (even after its deadline passed) is the one already registered
            Optional<Hazard> known = tx.read(em -> bySource(em, h.sourceSystem(), h.sourceId())
                    .map(found -> knownToCaller(caller, found, em)));
            if (known.isPresent()) {
                return forCaller(caller, known.get());
            }
        }
        validate(caller, h);
        return tx.write(work -> {
            EntityManager em = work.em();
            if (h.sourceSystem() != null) {
                Optional<HazardEntity> known = bySource(em, h.sourceSystem(), h.sourceId());
                if (known.isPresent()) {
                    return forCaller(caller, knownToCaller(caller, known.get(), em));
                }
            }
            EnterpriseEntity enterprise = em.find(EnterpriseEntity.class, h.enterpriseCreditCode());
            if (enterprise == null || !caller.covers(enterprise.getRegionCode(), enterprise.getGridCode())
                    || !industries.allows(caller, enterprise.getIndustryCode())) {
                throw new ValidationException("enterpriseCreditCode", "unknown enterprise " + h.enterpriseCreditCode());
            }
            String regionCode = h.regionCode() == null || h.regionCode().isEmpty()
                    ? enterprise.getRegionCode() : h.regionCode();
            Access.requireWithin(caller, regionCode, enterprise.getGridCode());
            Instant registeredAt = h.registeredOn() == null ? clock.instant()
                    : h.registeredOn().atStartOfDay(clock.getZone()).toInstant();
            HazardEntity entity = new HazardEntity(h, regionCode, enterprise.getGridCode(), caller.userId(), registeredAt);
            em.persist(entity);
            em.flush();
            em.persist(new HazardHistoryEntity(entity.getId(), registeredAt, caller.userId(), "REGISTER", null,
                    HazardStatus.REGISTERED, h.source().name()));
            Hazard saved = toRecord(em, entity);
            audit.record(em, caller.userId(), "HAZARD_REGISTER", RECORD_TYPE, String.valueOf(saved.id()), null, saved);
            outbox.append(em, RECORD_TYPE, String.valueOf(saved.id()), saved.version(), "HAZARD_REGISTERED",
                    regionCode, saved);
            afterCommitEvent(work, saved, "REGISTER", null, caller.userId(), registeredAt);
            return forCaller(caller, saved);
        });
    }

    @Override
    public Optional<Hazard> find(AnjianPrincipal caller, long id) {
        return tx.read(em -> Optional.ofNullable(em.find(HazardEntity.class, id))
                .filter(h -> visible(caller, h, em))
                .map(h -> forCaller(caller, toRecord(em, h))));
    }

    @Override
    public Page<Hazard> search(AnjianPrincipal caller, HazardQuery q) {
        LocalDate today = LocalDate.now(clock);
        JpqlFilter filter = org.anjian.core.access.Scopes.hazards(caller, industries, q.regionPrefix());
        if (q.status() != null) {
            filter.where("h.status = :status", "status", q.status());
        }
        if (q.grade() != null) {
            filter.where("h.grade = :grade", "grade", q.grade());
        }
        if (q.supervision() != null) {
            filter.where("h.supervision = :supervision", "supervision", q.supervision());
        }
        if (q.enterpriseCreditCode() != null && !q.enterpriseCreditCode().isBlank()) {
            filter.where("h.enterpriseCreditCode = :enterprise", "enterprise", q.enterpriseCreditCode().strip());
        }
        if (q.overdue() != null) {
            String counting = "h.status in (:counting) and h.deadline < :today";
            filter.where(q.overdue() ? counting : "not (" + counting + ")", "counting", overdueStatuses(),
                    "today", today);
        }
        if (q.open() != null) {
            filter.where(q.open() ? "h.status <> :closedStatus" : "h.status = :closedStatus",
                    "closedStatus", HazardStatus.CLOSED);
        }
        if (q.registeredIn() != null) {
            filter.where("h.registeredAt >= :registeredFrom and h.registeredAt < :registeredTo",
                    "registeredFrom", monthStart(q.registeredIn()), "registeredTo", monthStart(q.registeredIn().plusMonths(1)));
        }
        if (q.closedIn() != null) {
            filter.where("h.closedAt >= :closedFrom and h.closedAt < :closedTo",
                    "closedFrom", monthStart(q.closedIn()), "closedTo", monthStart(q.closedIn().plusMonths(1)));
        }
        return tx.read(em -> filter.pageOf(em, HazardEntity.class, BY_ID_DESCENDING, q.page(), rows -> {
            Map<String, String> names = enterpriseNames(em, rows);
            return rows.stream().map(h -> forCaller(caller,
                    h.toRecord(names.get(h.getEnterpriseCreditCode()), today, List.of()))).toList();
        }));
    }

    /** Newest first; {@code after} is the id of the last hazard of the previous page. */
    private static final JpqlFilter.Keyset<HazardEntity> BY_ID_DESCENDING = new JpqlFilter.Keyset<>("h.id", true,
            h -> String.valueOf(h.getId()), after -> {
                try {
                    long id = Long.parseLong(after);
                    if (id > 0) {
                        return id;
                    }
                } catch (NumberFormatException e) {
                    // answered below
                }
                throw new ValidationException("after", "must be the id of a hazard (the next of the previous page)");
            });

    @Override
    public Optional<Hazard> findBySource(AnjianPrincipal caller, String sourceSystem, String sourceId) {
        if (sourceSystem == null || sourceId == null) {
            return Optional.empty();
        }
        return tx.read(em -> bySource(em, sourceSystem, sourceId).filter(h -> visible(caller, h, em))
                .map(h -> forCaller(caller, toRecord(em, h))));
    }

    @Override
    public Optional<Hazard> resolve(AnjianPrincipal caller, String sourceSystem, String sourceId, String evidence) {
        Access.requireWriter(caller);
        Fields.required("sourceSystem", sourceSystem);
        Fields.required("sourceId", sourceId);
        Fields.required("evidence", evidence, TransitionRequest.NOTE_MAX);
        // the steps' own checks first, so that a bad evidence does not leave the walk half done
        Constraints.check(TransitionRequest.submit(evidence.strip()));
        Optional<Hazard> found = findBySource(caller, sourceSystem, sourceId);
        if (found.isEmpty()) {
            return found;
        }
        Hazard h = found.get();
        for (Optional<TransitionRequest> step = HazardStateMachine.nextStepToClose(h, evidence.strip()); step.isPresent();
             step = HazardStateMachine.nextStepToClose(h, evidence.strip())) {
            h = transition(caller, h.id(), step.get());
        }
        return Optional.of(h);
    }

    @Override
    public Hazard transition(AnjianPrincipal caller, long id, TransitionRequest r) {
        Access.requireWriter(caller);
        if (r == null || r.action() == null) {
            throw new ValidationException("action", "is required (one of ASSIGN, START, SUBMIT, ACCEPT, REJECT)");
        }
        Constraints.check(r);
        return tx.write(work -> {
            EntityManager em = work.em();
            HazardEntity h = em.find(HazardEntity.class, id);
            if (h == null || !visible(caller, h, em)) {
                throw new NotFoundException("hazard", String.valueOf(id));
            }
            HazardStatus from = h.getStatus();
            HazardStatus to = HazardStateMachine.next(from, r.action());
            Hazard before = toRecord(em, h);
            String note = applyAction(h, r);
            Instant now = stepTime(caller, em, h, r.at());
            h.moveTo(to, now);
            em.flush();
            em.persist(new HazardHistoryEntity(h.getId(), now, caller.userId(), r.action().name(), from, to, note));
            Hazard after = toRecord(em, h);
            audit.record(em, caller.userId(), "HAZARD_" + r.action().name(), RECORD_TYPE, String.valueOf(id),
                    before, after);
            outbox.append(em, RECORD_TYPE, String.valueOf(id), after.version(), "HAZARD_" + r.action().name(),
                    after.regionCode(), after);
            afterCommitEvent(work, after, r.action().name(), from, caller.userId(), now);
            return forCaller(caller, after);
        });
    }

    /** When a step happens: now, or — for a system import of a past record — the time it gives. */
    private Instant stepTime(AnjianPrincipal caller, EntityManager em, HazardEntity h, Instant at) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (!caller.hasRole(Roles.SYSTEM)) {
            throw new ValidationException("at", "only system imports may back-date a step");
        }
        if (at.isAfter(now)) {
            throw new ValidationException("at", "must not be in the future");
        }
        Instant last = em.createQuery("select max(x.at) from HazardHistoryEntity x where x.hazardId = :id", Instant.class)
                .setParameter("id", h.getId()).getSingleResult();
        if (last != null && at.isBefore(last)) {
            throw new ValidationException("at", "must not be before the hazard's last step (" + last + ")");
        }
        return at;
    }

    /** Checks the action's own fields, applies them, and returns the history note. */
    private static String applyAction(HazardEntity h, TransitionRequest r) {
        HazardAction action = r.action();
        if (action != HazardAction.ASSIGN) {
            String only = "only ASSIGN takes it";
            Fields.absent("assignee", r.assignee(), only);
            Fields.absent("responsible", r.responsible(), only);
            Fields.absent("measures", r.measures(), only);
            Fields.absent("funds", r.funds(), only);
            Fields.absent("contingencyPlan", r.contingencyPlan(), only);
        }
        if (action != HazardAction.SUBMIT) {
            Fields.absent("evidence", r.evidence(), "only SUBMIT takes it");
        }
        if (action != HazardAction.REJECT) {
            Fields.absent("reason", r.reason(), "only REJECT takes it");
        }
        switch (action) {
            case ASSIGN -> {
                Fields.required("assignee", r.assignee());
                if (h.getGrade() == HazardGrade.MAJOR) {
                    MajorHazardPlan plan = new MajorHazardPlan(r.responsible(), r.measures(), r.funds(),
                            r.contingencyPlan()).orElse(h.plan());
                    List<String> missing = plan.missingItems();
                    if (!missing.isEmpty()) {
                        throw new ConflictException("MAJOR_HAZARD_ITEMS_MISSING", missing.get(0),
                                "a major hazard needs its five items (responsible, measures, funds, deadline, "
                                        + "contingencyPlan) before it is assigned; missing: " + String.join(", ", missing));
                    }
                    h.setPlan(plan);
                } else if (r.responsible() != null || r.measures() != null || r.funds() != null
                        || r.contingencyPlan() != null) {
                    h.setPlan(new MajorHazardPlan(r.responsible(), r.measures(), r.funds(), r.contingencyPlan())
                            .orElse(h.plan()));
                }
                h.setAssignee(r.assignee().strip());
                return join("交办: " + r.assignee().strip(), r.note());
            }
            case SUBMIT -> {
                Fields.required("evidence", r.evidence());
                h.setEvidence(r.evidence().strip());
                return join("整改证据: " + r.evidence().strip(), r.note());
            }
            case REJECT -> {
                Fields.required("reason", r.reason());
                return join("复查不通过: " + r.reason().strip(), r.note());
            }
            default -> {
                return r.note() == null || r.note().isBlank() ? null : r.note().strip();
            }
        }
    }

    @Override
    public int escalateOverdue(LocalDate today) {
        EscalationPolicy current = policy;
        List<Long> candidates = tx.read(em -> em.createQuery(
                        "select h.id from HazardEntity h where h.status in (:counting) and h.deadline < :today"
                                + " and h.supervision <> :top", Long.class)
                .setParameter("counting", overdueStatuses())
                .setParameter("today", today)
                .setParameter("top", Supervision.LISTED)
                .getResultList());
        int changed = 0;
        for (Long id : candidates) {
            Boolean escalated = tx.write(work -> {
                EntityManager em = work.em();
                HazardEntity h = em.find(HazardEntity.class, id);
                Supervision next = current.evaluate(h.getDeadline(), h.getStatus(), h.getSupervision(), today);
                if (next == h.getSupervision()) {
                    return false;
                }
                Hazard before = toRecord(em, h);
                Supervision previous = h.getSupervision();
                h.setSupervision(next);
                Instant now = clock.instant();
                em.flush();
                String action = next == Supervision.LISTED ? "LIST" : "SUPERVISE";
                long days = java.time.temporal.ChronoUnit.DAYS.between(h.getDeadline(), today);
                em.persist(new HazardHistoryEntity(id, now, Roles.SYSTEM, action, h.getStatus(), h.getStatus(),
                        "逾期" + days + "天: " + previous + " → " + next));
                Hazard after = toRecord(em, h);
                audit.record(em, Roles.SYSTEM, "HAZARD_" + action, RECORD_TYPE, String.valueOf(id), before, after);
                outbox.append(em, RECORD_TYPE, String.valueOf(id), after.version(), "HAZARD_" + action,
                        after.regionCode(), after);
                afterCommitEvent(work, after, action, h.getStatus(), Roles.SYSTEM, clock.instant());
                return true;
            });
            if (escalated) {
                changed++;
            }
        }
        return changed;
    }

    private void validate(AnjianPrincipal caller, NewHazard h) {
        if (h == null) {
            throw new ValidationException("body", "a hazard record is required");
        }
        Constraints.check(h);
        org.anjian.api.enterprise.CreditCode.requireValid("enterpriseCreditCode", h.enterpriseCreditCode());
        if (h.regionCode() != null) {
            RegionCode.requireValid("regionCode", h.regionCode());
            if (!regions.exists(h.regionCode())) {
                throw new ValidationException("regionCode", "unknown region " + h.regionCode());
            }
        }
        if (!HazardCategories.exists(categories(), h.category())) {
            throw new ValidationException("category", "unknown category " + h.category());
        }
        if (h.registeredOn() != null && !caller.hasRole(Roles.SYSTEM)) {
            throw new ValidationException("registeredOn", "only system imports may back-date a hazard");
        }
        LocalDate registered = h.registeredOn() == null ? LocalDate.now(clock) : h.registeredOn();
        if (h.deadline().isBefore(registered)) {
            throw new ValidationException("deadline", "must not be before the registration date " + registered);
        }
        if (h.deadline().isAfter(registered.plusYears(3))) {
            throw new ValidationException("deadline", "must be within three years");
        }
        if ((h.sourceSystem() == null) != (h.sourceId() == null)) {
            throw new ValidationException(h.sourceSystem() == null ? "sourceSystem" : "sourceId",
                    "sourceSystem and sourceId go together");
        }
    }


    /** The first instant of a month of the county's calendar. */
    private Instant monthStart(java.time.YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The hazard as its reader sees it: with the steps of the loop they may take next. */
    private static Hazard forCaller(AnjianPrincipal caller, Hazard h) {
        boolean writer = caller.roles().stream().anyMatch(Roles.WRITERS::contains);
        return h.withAllowedActions(writer ? HazardStateMachine.allowed(h.status()) : List.of());
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + "; " + b.strip();
    }

    private static List<HazardStatus> overdueStatuses() {
        return java.util.Arrays.stream(HazardStatus.values()).filter(HazardStateMachine::countsTowardsOverdue).toList();
    }

    /** Inside the caller's region (or grid) and, for a sub-committee officer, of an enterprise of their domain. */
    private boolean visible(AnjianPrincipal caller, HazardEntity h, EntityManager em) {
        if (!caller.covers(h.getRegionCode(), h.getGridCode())) {
            return false;
        }
        if (industries.prefixes(caller).isEmpty()) {
            return true;
        }
        EnterpriseEntity e = em.find(EnterpriseEntity.class, h.getEnterpriseCreditCode());
        return e != null && industries.allows(caller, e.getIndustryCode());
    }

    /** A hazard found by its source reference, if the caller may see it; otherwise a conflict without details. */
    private Hazard knownToCaller(AnjianPrincipal caller, HazardEntity found, EntityManager em) {
        if (!visible(caller, found, em)) {
            throw new ConflictException("DUPLICATE", "sourceId",
                    "a hazard with this sourceSystem and sourceId is already registered");
        }
        return toRecord(em, found);
    }

    private static Optional<HazardEntity> bySource(EntityManager em, String system, String id) {
        return em.createQuery("select h from HazardEntity h where h.sourceSystem = :s and h.sourceId = :i",
                        HazardEntity.class)
                .setParameter("s", system).setParameter("i", id).getResultStream().findFirst();
    }

    /** The event of a step, stamped with the step's time (a system import's past time for history it imports). */
    private void afterCommitEvent(Transactions.Work work, Hazard h, String action, HazardStatus from, String actor,
                                  Instant at) {
        HazardEvent event = new HazardEvent("HAZARD_" + action, h.id(), h.version(), h.enterpriseCreditCode(),
                h.regionCode(), action, from, h.status(), h.supervision(), actor, at, h.enterpriseName(),
                gridOf(work.em(), h.id()), h.grade());
        String json = Json.write(event);
        work.afterCommit(() -> events.publish(TOPIC, event.type(), json));
    }

    private static String gridOf(EntityManager em, Long id) {
        HazardEntity e = em.find(HazardEntity.class, id);
        return e == null ? null : e.getGridCode();
    }

    private Hazard toRecord(EntityManager em, HazardEntity h) {
        List<HazardTransition> history = em.createQuery(
                        "select x from HazardHistoryEntity x where x.hazardId = :id order by x.id", HazardHistoryEntity.class)
                .setParameter("id", h.getId()).getResultStream().map(HazardHistoryEntity::toRecord).toList();
        return h.toRecord(enterpriseName(em, h), LocalDate.now(clock), history);
    }

    /** List rows carry no history (GET /hazards/{id} has it). */
    /** The names of the hazards' enterprises, in one query. */
    private static Map<String, String> enterpriseNames(EntityManager em, List<HazardEntity> hazards) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        hazards.forEach(h -> codes.add(h.getEnterpriseCreditCode()));
        Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select e.creditCode, e.name from EnterpriseEntity e where e.creditCode in :codes", Object[].class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    private static String enterpriseName(EntityManager em, HazardEntity h) {
        EnterpriseEntity e = em.find(EnterpriseEntity.class, h.getEnterpriseCreditCode());
        return e == null ? null : e.getName();
    }
}
