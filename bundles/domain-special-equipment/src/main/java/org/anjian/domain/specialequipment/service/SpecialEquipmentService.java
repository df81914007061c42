package org.anjian.domain.specialequipment.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.specialequipment.module.SpecialEquipmentHazardCategories;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.domain.specialequipment.rules.Category;
import org.anjian.domain.specialequipment.rules.CategoryCatalogue;
import org.anjian.domain.specialequipment.rules.EquipmentCodes;
import org.anjian.domain.specialequipment.rules.InspectionIntervalPolicy;
import org.anjian.domain.specialequipment.rules.InspectionStatus;
import org.anjian.domain.specialequipment.rules.IntervalDecision;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.anjian.domain.specialequipment.store.ElevatorEventRepository;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.EquipmentFilter;
import org.anjian.domain.specialequipment.store.EquipmentRepository;
import org.anjian.domain.specialequipment.store.Inspection;
import org.anjian.domain.specialequipment.store.InspectionRepository;
import org.anjian.domain.specialequipment.store.OverdueHazard;
import org.anjian.domain.specialequipment.store.OverdueHazardRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The special-equipment register and its closed loops: equipment, periodic inspections, overdue
 * hazards (one per missed due date, closed by the next inspection) and elevator events (an unhandled
 * entrapment escalates to a hazard). Plain Java: the DS component {@link SpecialEquipmentServiceComponent}
 * wires it, tests construct it directly.
 *
 * <p>Every write validates all input before its transaction starts; a module transaction writes the
 * record together with its outbox and audit rows. Hazards are registered and moved through the platform's
 * {@link HazardService} (its own transaction); registration is idempotent on (sourceSystem, sourceId), so a
 * retry after a failure between the two transactions registers nothing twice.
 */
public class SpecialEquipmentService {
    private static final Logger LOG = LoggerFactory.getLogger(SpecialEquipmentService.class);

    public static final String SOURCE_SYSTEM = SpecialEquipmentModule.ID;
    public static final String ELEVATORS = "3000";
    /** Who the platform-initiated hazard actions are recorded as. */
    public static final AnjianPrincipal SYSTEM = AnjianPrincipal.system(SpecialEquipmentModule.ID);
    static final int MAX_TEXT = 200;
    static final int MAX_LONG_TEXT = 1000;
    static final int MAX_DUE_WITHIN_DAYS = 3650;
    /** Reports may carry a clock a little ahead of the server's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final HazardService hazards;
    private final Clock clock;
    private final EquipmentRepository equipment = new EquipmentRepository();
    private final InspectionRepository inspections = new InspectionRepository();
    private final OverdueHazardRepository overdueHazards = new OverdueHazardRepository();
    private final ElevatorEventRepository events = new ElevatorEventRepository();
    private volatile Settings settings;

    /**
     * Tunables.
     *
     * @param policy the inspection intervals (bundled table plus configured overrides)
     * @param dueSoonDays the window of DUE_SOON in views and the risk indicator
     * @param overdueHazardDeadlineDays deadline of an overdue-inspection hazard, days after registration
     * @param alarmHazardDeadlineDays deadline of an escalated elevator-alarm hazard, days after registration
     */
    public record Settings(InspectionIntervalPolicy policy, int dueSoonDays, int overdueHazardDeadlineDays,
                           int alarmHazardDeadlineDays) {
        public Settings {
            Objects.requireNonNull(policy, "policy");
            if (dueSoonDays < 0 || overdueHazardDeadlineDays < 0 || alarmHazardDeadlineDays < 0) {
                throw new IllegalArgumentException("settings must not be negative");
            }
        }

        public static Settings defaults(InspectionIntervalPolicy policy) {
            return new Settings(policy, 30, 15, 1);
        }
    }

    public SpecialEquipmentService(ModuleDatabase db, EnterpriseService enterprises, HazardService hazards,
                                   Settings settings, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.enterprises = Objects.requireNonNull(enterprises, "enterprises");
        this.hazards = Objects.requireNonNull(hazards, "hazards");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Settings settings() {
        return settings;
    }

    protected void setSettings(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ModuleDatabase database() {
        return db;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CategoryCatalogue catalogue() {
        return settings.policy().catalogue();
    }

    private EquipmentCodes codes() {
        return new EquipmentCodes(catalogue(), clock);
    }

    // ---------------------------------------------------------------- equipment

    public EquipmentView register(AnjianPrincipal caller, NewEquipment body) {
        Callers.requireWriter(caller, "special-equipment records");
        if (body == null) {
            throw new ValidationException("body", "an equipment is required");
        }
        String creditCode = Fields.required("enterpriseCreditCode", body.enterpriseCreditCode());
        String categoryCode = Fields.required("categoryCode", body.categoryCode()).toUpperCase(Locale.ROOT);
        Category category = catalogue().find(categoryCode).filter(c -> c.code().equals(categoryCode))
                .orElseThrow(() -> new ValidationException("categoryCode",
                        "unknown category " + body.categoryCode() + " (not in the 特种设备目录)"));
        String equipmentCode = Fields.blankToNull(body.equipmentCode());
        if (equipmentCode != null) {
            codes().equipmentCodeProblem(equipmentCode).ifPresent(p -> {
                throw new ValidationException("equipmentCode", p);
            });
            String codeCategory = equipmentCode.substring(0, 4);
            if (!sameKind(codeCategory, category.code())) {
                throw new ValidationException("equipmentCode", "equipment code category " + codeCategory
                        + " does not belong to the same kind of equipment as categoryCode " + category.code());
            }
        }
        String registrationCode = Fields.blankToNull(body.registrationCode());
        if (registrationCode != null) {
            codes().registrationCodeProblem(registrationCode).ifPresent(p -> {
                throw new ValidationException("registrationCode", p);
            });
        }
        String rescueCode = body.rescueCode() == null || body.rescueCode().isEmpty() ? null : body.rescueCode();
        if (rescueCode != null) {
            codes().rescueCodeProblem(rescueCode).ifPresent(p -> {
                throw new ValidationException("rescueCode", p);
            });
            if (!catalogue().isWithin(category.code(), ELEVATORS)) {
                throw new ValidationException("rescueCode", "only elevators (category 3000) carry a 96333 rescue code");
            }
        }
        String certificateNo = Fields.optional("certificateNo", body.certificateNo(), 64);
        String location = Fields.optional("location", body.location(), MAX_TEXT);
        String contractor = Fields.optional("maintenanceContractor", body.maintenanceContractor(), MAX_TEXT);
        Integer grade = grade("safetyConditionGrade", body.safetyConditionGrade());
        LocalDate today = today();
        LocalDate lastInspection = Fields.optionalDate("lastInspection", body.lastInspection());
        if (lastInspection != null && lastInspection.isAfter(today)) {
            throw new ValidationException("lastInspection", "must not be in the future");
        }
        LocalDate givenNextDue = Fields.optionalDate("nextDue", body.nextDue());
        String status = Fields.blankToNull(body.status());
        if (status != null && !status.equals(Equipment.IN_USE) && !status.equals(Equipment.OUT_OF_SERVICE)) {
            throw new ValidationException("status", "must be IN_USE or OUT_OF_SERVICE");
        }
        IntervalDecision decision = settings.policy().decide(category.code(), grade);
        if (decision.outcome() == IntervalDecision.Outcome.NOT_USABLE) {
            if (Equipment.IN_USE.equals(status)) {
                throw new ValidationException("status", "equipment at safety condition grade " + grade
                        + " must not be used: register it OUT_OF_SERVICE");
            }
            status = Equipment.OUT_OF_SERVICE;
        }
        LocalDate nextDue;
        if (decision.hasInterval()) {
            if (givenNextDue != null) {
                throw new ValidationException("nextDue", "is computed from lastInspection for category "
                        + category.code() + " (interval " + decision.period() + "); leave it out");
            }
            nextDue = lastInspection == null ? null : lastInspection.plus(decision.period());
        } else {
            nextDue = givenNextDue;
        }
        if (status == null) {
            status = Equipment.IN_USE;
        }
        Enterprise enterprise = Callers.visibleEnterprise(enterprises, caller, "enterpriseCreditCode", creditCode);
        Instant now = clock.instant();
        Equipment e = new Equipment(UUID.randomUUID().toString(), enterprise.creditCode(), enterprise.regionCode(),
                category.code(), equipmentCode, registrationCode, certificateNo, location, contractor, rescueCode,
                grade, lastInspection, nextDue, status, 1, now, now);
        EquipmentView view = view(e, today);
        db.write(s -> {
            if (equipmentCode != null && equipment.findByCode(s.connection(), equipmentCode).isPresent()) {
                throw new ConflictException("DUPLICATE_EQUIPMENT_CODE", "equipmentCode",
                        "equipment code " + equipmentCode + " is already registered");
            }
            equipment.insert(s.connection(), e);
            s.outbox("equipment", e.id(), e.version(), "EQUIPMENT_REGISTERED", e.regionCode(), view);
            s.audit(caller.userId(), "EQUIPMENT_REGISTERED", "equipment", e.id(), null, e);
            return null;
        });
        return view;
    }

    /** Two category codes of the same kind: one lies within the other, or they share a top level. */
    private boolean sameKind(String a, String b) {
        Optional<Category> ta = catalogue().topLevel(a);
        Optional<Category> tb = catalogue().topLevel(b);
        return ta.isPresent() && tb.isPresent() && ta.get().code().equals(tb.get().code());
    }

    /**
     * Equipment the caller may see. {@code dueWithinDays}: IN_USE equipment due from today to today + N
     * (DUE_SOON: not yet overdue, so overdue equipment is not included); {@code overdue=true}: IN_USE
     * equipment whose due date is before today; {@code category}: a category code prefix, where a catalogue
     * code stands for itself and everything below it (3000 → every elevator, 2200 → 22xx).
     */
    public Page<EquipmentView> search(AnjianPrincipal caller, String enterpriseCreditCode, String category,
                                      Boolean overdue, Integer dueWithinDays, String status, PageRequest page) {
        Callers.require(caller);
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN_DAYS)) {
            throw new ValidationException("dueWithinDays", "must be between 0 and " + MAX_DUE_WITHIN_DAYS);
        }
        String st = Fields.blankToNull(status);
        if (st != null && !st.equals(Equipment.IN_USE) && !st.equals(Equipment.OUT_OF_SERVICE)) {
            throw new ValidationException("status", "must be IN_USE or OUT_OF_SERVICE");
        }
        String prefix = categoryPrefix(Fields.blankToNull(category));
        LocalDate today = today();
        EquipmentFilter filter = new EquipmentFilter(enterprises.scope(caller), Fields.blankToNull(enterpriseCreditCode), prefix,
                overdue, dueWithinDays, st, today);
        Page<Equipment> rows = db.read(s -> equipment.search(s.connection(), filter, page.offset(), page.limit()));
        return new Page<>(rows.items().stream().map(e -> view(e, today)).toList(), rows.total());
    }

    static String categoryPrefix(String category) {
        if (category == null) {
            return null;
        }
        String c = category.toUpperCase(Locale.ROOT);
        if (!c.matches("[0-9A-Z]{1,4}")) {
            throw new ValidationException("category", "must be a category code or its prefix (1-4 digits or letters)");
        }
        if (c.length() == 4) {
            String stripped = c.replaceAll("0+$", "");
            return stripped.isEmpty() ? c : stripped;
        }
        return c;
    }

    /** The equipment with this 特种设备代码, whatever the jurisdiction (loaders and jobs). */
    public Optional<Equipment> findByCode(String equipmentCode) {
        return db.read(s -> equipment.findByCode(s.connection(), equipmentCode));
    }

    public EquipmentDetail get(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        LocalDate today = today();
        return db.read(s -> {
            Equipment e = equipment.find(s.connection(), id).filter(x -> enterprises.sees(caller, x.enterpriseCreditCode()))
                    .orElseThrow(() -> new NotFoundException("equipment", id));
            return new EquipmentDetail(view(e, today), inspections.forEquipment(s.connection(), id),
                    overdueHazards.forEquipment(s.connection(), id));
        });
    }

    /** One recorded inspection of a piece of equipment the caller may see. */
    public Inspection inspection(AnjianPrincipal caller, String equipmentId, String inspectionId) {
        return get(caller, equipmentId).inspections().stream().filter(i -> i.id().equals(inspectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
    }

    // ---------------------------------------------------------------- inspections

    public InspectionResult recordInspection(AnjianPrincipal caller, String equipmentId, NewInspection body) {
        Callers.requireWriter(caller, "special-equipment records");
        Equipment current = db.read(s -> equipment.find(s.connection(), equipmentId))
                .filter(x -> enterprises.sees(caller, x.enterpriseCreditCode()))
                .orElseThrow(() -> new NotFoundException("equipment", equipmentId));
        if (body == null) {
            throw new ValidationException("body", "an inspection is required");
        }
        LocalDate today = today();
        LocalDate inspectedOn = Fields.date("inspectedOn", body.inspectedOn());
        if (inspectedOn.isAfter(today)) {
            throw new ValidationException("inspectedOn", "must not be in the future");
        }
        if (current.lastInspection() != null && inspectedOn.isBefore(current.lastInspection())) {
            throw new ValidationException("inspectedOn", "is before the last recorded inspection ("
                    + current.lastInspection() + ")");
        }
        String result = Fields.required("result", body.result()).toUpperCase(Locale.ROOT);
        if (!result.equals(Inspection.PASS) && !result.equals(Inspection.FAIL)) {
            throw new ValidationException("result", "must be PASS or FAIL");
        }
        String inspector = Fields.optional("inspector", body.inspector(), MAX_TEXT);
        String reportNo = Fields.optional("reportNo", body.reportNo(), 64);
        Integer reported = grade("safetyConditionGrade", body.safetyConditionGrade());
        Integer grade = reported != null ? reported : current.safetyConditionGrade();
        IntervalDecision decision = settings.policy().decide(current.categoryCode(), grade);
        LocalDate nextDue = decision.hasInterval() ? inspectedOn.plus(decision.period()) : null;
        boolean usable = result.equals(Inspection.PASS) && decision.outcome() != IntervalDecision.Outcome.NOT_USABLE;
        Instant now = clock.instant();
        Inspection inspection = new Inspection(UUID.randomUUID().toString(), equipmentId, inspectedOn, result,
                inspector, reportNo, reported, now, caller.userId());
        Equipment updated = current.inspected(inspectedOn, grade, nextDue,
                usable ? Equipment.IN_USE : Equipment.OUT_OF_SERVICE, now);
        EquipmentView view = view(updated, today);
        db.write(s -> {
            inspections.insert(s.connection(), inspection);
            equipment.updateInspection(s.connection(), updated);
            s.outbox("inspection", inspection.id(), 1, "INSPECTION_RECORDED", updated.regionCode(), inspection);
            s.outbox("equipment", updated.id(), updated.version(), "EQUIPMENT_INSPECTED", updated.regionCode(), view);
            s.audit(caller.userId(), "INSPECTION_RECORDED", "equipment", updated.id(), current, updated);
            return null;
        });
        List<Long> closed = closeOverdueHazards(updated, inspection);
        return new InspectionResult(inspection, view, closed);
    }

    /**
     * Closes the open overdue hazards of an equipment after an inspection, through the legal transitions
     * still needed from each hazard's status (ASSIGN, START, SUBMIT, ACCEPT), as the system. A hazard that
     * cannot be closed now stays open here and is retried by {@link #retryClosingOverdueHazards()}.
     */
    List<Long> closeOverdueHazards(Equipment e, Inspection inspection) {
        List<OverdueHazard> open = db.read(s -> overdueHazards.openFor(s.connection(), e.id()));
        List<Long> closed = new ArrayList<>();
        for (OverdueHazard row : open) {
            try {
                closeHazard(row, e, inspection);
                db.write(s -> {
                    if (overdueHazards.close(s.connection(), row.equipmentId(), row.dueDate(), clock.instant()) == 1) {
                        s.audit(SYSTEM.userId(), "OVERDUE_HAZARD_CLOSED", "equipment", e.id(),
                                Map.of("dueDate", row.dueDate(), "hazardId", row.hazardId(), "closed", false),
                                Map.of("dueDate", row.dueDate(), "hazardId", row.hazardId(), "closed", true));
                    }
                    return null;
                });
                closed.add(row.hazardId());
            } catch (RuntimeException ex) {
                LOG.warn("Could not close overdue hazard {} of equipment {} yet: {}", row.hazardId(), e.id(),
                        ex.toString());
            }
        }
        return closed;
    }

    /** 销号 of the overdue hazard of one due date: the platform walks the steps, with the inspection as evidence. */
    private void closeHazard(OverdueHazard row, Equipment e, Inspection inspection) {
        String evidence = "定期检验报告 " + (inspection.reportNo() == null ? "(无编号)" : inspection.reportNo())
                + " (" + inspection.inspectedOn() + ")";
        if (hazards.resolve(SYSTEM, SOURCE_SYSTEM, overdueSourceId(e.id(), row.dueDate()), evidence).isEmpty()) {
            LOG.warn("Overdue hazard {} of equipment {} no longer exists; marking it closed here", row.hazardId(), e.id());
        }
    }

    /** The hazard's source id for the missed due date of an equipment item (registration is idempotent on it). */
    static String overdueSourceId(String equipmentId, LocalDate due) {
        return "overdue-" + equipmentId + "-" + due;
    }

    // ---------------------------------------------------------------- overdue job

    /**
     * Registers one hazard for each IN_USE equipment whose due date passed before {@code today} and that
     * has none for that due date yet, then retries closing hazards whose equipment was inspected since.
     * Returns the number of hazards registered.
     */
    public int registerOverdueHazards(LocalDate today) {
        retryClosingOverdueHazards();
        List<Equipment> due = db.read(s -> equipment.overdueWithoutHazard(s.connection(), today));
        int registered = 0;
        for (Equipment e : due) {
            try {
                String categoryName = catalogue().find(e.categoryCode()).map(Category::nameZh).orElse(e.categoryCode());
                String description = categoryName + " " + e.label() + " 超期未检验 (应于 " + e.nextDue() + " 前检验)";
                Hazard h = hazards.register(SYSTEM, NewHazard.of(e.enterpriseCreditCode(), HazardSource.ENFORCEMENT,
                        HazardGrade.GENERAL, SpecialEquipmentHazardCategories.INSPECTION_OVERDUE, description,
                        today.plusDays(settings.overdueHazardDeadlineDays()))
                        .from(SOURCE_SYSTEM, overdueSourceId(e.id(), e.nextDue())).build());
                boolean inserted = db.write(s -> {
                    boolean added = overdueHazards.insert(s.connection(), e.id(), e.nextDue(), h.id(), clock.instant());
                    if (added) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("equipmentId", e.id());
                        row.put("dueDate", e.nextDue());
                        row.put("hazardId", h.id());
                        s.audit(SYSTEM.userId(), "OVERDUE_HAZARD_REGISTERED", "equipment", e.id(), null, row);
                    }
                    return added;
                });
                if (inserted) {
                    registered++;
                }
            } catch (RuntimeException ex) {
                LOG.warn("Could not register the overdue hazard of equipment {}: {}", e.id(), ex.toString());
            }
        }
        return registered;
    }

    /** Closes open overdue hazards of equipment inspected after the hazard was registered. */
    public int retryClosingOverdueHazards() {
        record Pending(Equipment equipment, Inspection inspection) {
        }
        List<Pending> pending = db.read(s -> {
            List<Pending> out = new ArrayList<>();
            for (OverdueHazard row : overdueHazards.open(s.connection())) {
                Optional<Inspection> since = inspections.latestRecordedSince(s.connection(), row.equipmentId(),
                        row.createdAt());
                Optional<Equipment> eq = equipment.find(s.connection(), row.equipmentId());
                if (since.isPresent() && eq.isPresent()
                        && out.stream().noneMatch(p -> p.equipment().id().equals(row.equipmentId()))) {
                    out.add(new Pending(eq.get(), since.get()));
                }
            }
            return out;
        });
        int closed = 0;
        for (Pending p : pending) {
            closed += closeOverdueHazards(p.equipment(), p.inspection()).size();
        }
        return closed;
    }

    // ---------------------------------------------------------------- elevator events

    public ElevatorEvent raiseEvent(AnjianPrincipal caller, NewElevatorEvent body) {
        Callers.requireWriter(caller, "special-equipment records");
        if (body == null) {
            throw new ValidationException("body", "an elevator event is required");
        }
        String equipmentId = Fields.blankToNull(body.equipmentId());
        String equipmentCode = Fields.blankToNull(body.equipmentCode());
        if (equipmentId == null && equipmentCode == null) {
            throw new ValidationException("equipmentId", "equipmentId or equipmentCode is required");
        }
        String kind = Fields.required("kind", body.kind()).toUpperCase(Locale.ROOT);
        if (!kind.equals(ElevatorEvent.ENTRAPMENT) && !kind.equals(ElevatorEvent.FAULT)) {
            throw new ValidationException("kind", "must be ENTRAPMENT or FAULT");
        }
        Instant at = Fields.instant("at", body.at());
        Instant now = clock.instant();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new ValidationException("at", "must not be in the future");
        }
        String description = Fields.optional("description", body.description(), MAX_LONG_TEXT);
        String field = equipmentId != null ? "equipmentId" : "equipmentCode";
        Equipment e = db.read(s -> equipmentId != null ? equipment.find(s.connection(), equipmentId)
                        : equipment.findByCode(s.connection(), equipmentCode))
                .filter(x -> enterprises.sees(caller, x.enterpriseCreditCode()))
                .orElseThrow(() -> new ValidationException(field, "unknown equipment "
                        + (equipmentId != null ? equipmentId : equipmentCode)));
        if (equipmentId != null && equipmentCode != null && !equipmentCode.equals(e.equipmentCode())) {
            throw new ValidationException("equipmentCode", "names another elevator than equipmentId " + equipmentId
                    + (e.equipmentCode() == null ? " (which has no equipment code)" : " (" + e.equipmentCode() + ")"));
        }
        if (!catalogue().isWithin(e.categoryCode(), ELEVATORS)) {
            throw new ValidationException(field, "equipment " + e.label() + " is not an elevator (category "
                    + e.categoryCode() + ")");
        }
        ElevatorEvent event = new ElevatorEvent(UUID.randomUUID().toString(), e.id(), e.enterpriseCreditCode(),
                e.regionCode(), kind, at, description, ElevatorEvent.RAISED, null, null, null, null, 1, now,
                caller.userId());
        db.write(s -> {
            events.insert(s.connection(), event);
            s.outbox("elevator-event", event.id(), event.version(), "ELEVATOR_EVENT_RAISED", event.regionCode(), event);
            s.audit(caller.userId(), "ELEVATOR_EVENT_RAISED", "elevator-event", event.id(), null, event);
            return null;
        });
        return event;
    }

    /** One elevator event the caller may see. */
    public ElevatorEvent event(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        return db.read(s -> events.find(s.connection(), id)).filter(x -> enterprises.sees(caller, x.enterpriseCreditCode()))
                .orElseThrow(() -> new NotFoundException("elevator-event", id));
    }

    public ElevatorEvent handleEvent(AnjianPrincipal caller, String id, HandleRequest body) {
        Callers.requireWriter(caller, "special-equipment records");
        String note = Fields.optional("note", body == null ? null : body.note(), MAX_LONG_TEXT);
        return db.write(s -> {
            ElevatorEvent current = events.find(s.connection(), id).filter(x -> enterprises.sees(caller, x.enterpriseCreditCode()))
                    .orElseThrow(() -> new NotFoundException("elevator-event", id));
            if (ElevatorEvent.HANDLED.equals(current.status())) {
                throw new ConflictException("ALREADY_HANDLED", "status", "elevator event " + id + " was handled at "
                        + current.handledAt());
            }
            ElevatorEvent handled = current.handled(clock.instant(), caller.userId(), note);
            events.update(s.connection(), handled);
            s.outbox("elevator-event", handled.id(), handled.version(), "ELEVATOR_EVENT_HANDLED", handled.regionCode(),
                    handled);
            s.audit(caller.userId(), "ELEVATOR_EVENT_HANDLED", "elevator-event", id, current, handled);
            return handled;
        });
    }

    public Page<ElevatorEvent> events(AnjianPrincipal caller, String status, PageRequest page) {
        Callers.require(caller);
        String st = Fields.blankToNull(status);
        if (st != null) {
            st = st.toUpperCase(Locale.ROOT);
            if (!List.of(ElevatorEvent.RAISED, ElevatorEvent.HANDLED, ElevatorEvent.ESCALATED).contains(st)) {
                throw new ValidationException("status", "must be RAISED, HANDLED or ESCALATED");
            }
        }
        String filter = st;
        return db.read(s -> events.search(s.connection(), enterprises.scope(caller), filter, page.offset(), page.limit()));
    }

    /**
     * Escalates every ENTRAPMENT still RAISED more than {@code minutes} after it happened
     * ({@code at + minutes < now}) to a hazard (MONITORING_ALARM), once. Returns the number escalated.
     */
    public int escalateEntrapments(Instant now, int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1");
        }
        Instant cutoff = now.minus(Duration.ofMinutes(minutes));
        List<ElevatorEvent> late = db.read(s -> events.unhandledEntrapmentsBefore(s.connection(), cutoff));
        int escalated = 0;
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (ElevatorEvent ev : late) {
            try {
                Equipment e = db.read(s -> equipment.find(s.connection(), ev.equipmentId())).orElseThrow();
                String description = "电梯 " + e.label() + (e.location() == null ? "" : " (" + e.location() + ")")
                        + " 困人 (" + LOCAL_TIME.format(ev.at().atZone(zone)) + ") 超过 "
                        + minutes + " 分钟未处置";
                Hazard h = hazards.register(SYSTEM, NewHazard.of(ev.enterpriseCreditCode(),
                        HazardSource.MONITORING_ALARM, HazardGrade.GENERAL,
                        SpecialEquipmentHazardCategories.ELEVATOR_ALARM, description,
                        today.plusDays(settings.alarmHazardDeadlineDays()))
                        .from(SOURCE_SYSTEM, "elevator-event-" + ev.id()).build());
                boolean done = db.write(s -> {
                    ElevatorEvent current = events.find(s.connection(), ev.id()).orElseThrow();
                    if (!ElevatorEvent.RAISED.equals(current.status())) {
                        return false;
                    }
                    ElevatorEvent up = current.escalated(h.id());
                    events.update(s.connection(), up);
                    s.outbox("elevator-event", up.id(), up.version(), "ELEVATOR_EVENT_ESCALATED", up.regionCode(), up);
                    s.audit(SYSTEM.userId(), "ELEVATOR_EVENT_ESCALATED", "elevator-event", up.id(), current, up);
                    return true;
                });
                if (done) {
                    escalated++;
                }
            } catch (RuntimeException ex) {
                LOG.warn("Could not escalate elevator event {}: {}", ev.id(), ex.toString());
            }
        }
        return escalated;
    }

    // ---------------------------------------------------------------- risk

    /** [all, overdue, due soon] equipment counts of an enterprise on {@code today}. */
    public long[] dueCounts(String creditCode, LocalDate today) {
        return db.read(s -> equipment.dueCounts(s.connection(), creditCode, today, settings.dueSoonDays()));
    }

    // ---------------------------------------------------------------- helpers

    EquipmentView view(Equipment e, LocalDate today) {
        String name = catalogue().find(e.categoryCode()).map(Category::nameZh).orElse(e.categoryCode());
        return EquipmentView.of(e, name, inspectionStatus(e, today));
    }

    String inspectionStatus(Equipment e, LocalDate today) {
        if (Equipment.OUT_OF_SERVICE.equals(e.status())) {
            return Equipment.OUT_OF_SERVICE;
        }
        IntervalDecision d = settings.policy().decide(e.categoryCode(), e.safetyConditionGrade());
        if (d.outcome() == IntervalDecision.Outcome.NOT_USABLE) {
            return InspectionStatus.NOT_USABLE.name();
        }
        if (e.nextDue() == null) {
            return (e.lastInspection() == null ? InspectionStatus.NEVER_INSPECTED
                    : d.outcome() == IntervalDecision.Outcome.MONITORED ? InspectionStatus.MONITORED
                    : InspectionStatus.NO_RULE).name();
        }
        if (today.isAfter(e.nextDue())) {
            return InspectionStatus.OVERDUE.name();
        }
        return !e.nextDue().isAfter(today.plusDays(settings.dueSoonDays())) ? InspectionStatus.DUE_SOON.name()
                : InspectionStatus.OK.name();
    }

    private static Integer grade(String field, Integer grade) {
        if (grade != null && (grade < 1 || grade > 5)) {
            throw new ValidationException(field, "must be 1 to 5 (安全状况等级)");
        }
        return grade;
    }
}
