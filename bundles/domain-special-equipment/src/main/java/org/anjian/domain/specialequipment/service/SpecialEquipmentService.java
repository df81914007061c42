package org.anjian.domain.specialequipment.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.domain.specialequipment.rules.InspectionIntervalPolicy;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.Inspection;
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
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceContext ctx;
    private final EquipmentRegister register;
    private final OverdueInspections overdue;
    private final InspectionRecorder inspections;
    private final ElevatorEvents elevatorEvents;

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
        this.ctx = new ServiceContext(db, enterprises, hazards, settings, clock);
        this.register = new EquipmentRegister(ctx);
        this.overdue = new OverdueInspections(ctx);
        this.inspections = new InspectionRecorder(ctx, overdue);
        this.elevatorEvents = new ElevatorEvents(ctx);
    }

    public Settings settings() {
        return ctx.settings;
    }

    protected void setSettings(Settings settings) {
        ctx.settings = Objects.requireNonNull(settings, "settings");
    }

    public ModuleDatabase database() {
        return ctx.db;
    }

    public LocalDate today() {
        return ctx.today();
    }

    // ---------------------------------------------------------------- equipment (EquipmentRegister)

    public EquipmentView register(AnjianPrincipal caller, NewEquipment body) {
        return register.register(caller, body);
    }

    /** See {@link EquipmentRegister#search}. */
    public Page<EquipmentView> search(AnjianPrincipal caller, String enterpriseCreditCode, String category,
                                      Boolean overdue, Integer dueWithinDays, String status, PageRequest page) {
        return register.search(caller, enterpriseCreditCode, category, overdue, dueWithinDays, status, page);
    }

    static String categoryPrefix(String category) {
        return EquipmentRegister.categoryPrefix(category);
    }

    /** The equipment with this 特种设备代码, whatever the jurisdiction (loaders and jobs). */
    public Optional<Equipment> findByCode(String equipmentCode) {
        return register.findByCode(equipmentCode);
    }

    public EquipmentDetail get(AnjianPrincipal caller, String id) {
        return register.get(caller, id);
    }

    /** One recorded inspection of a piece of equipment the caller may see. */
    public Inspection inspection(AnjianPrincipal caller, String equipmentId, String inspectionId) {
        return register.inspection(caller, equipmentId, inspectionId);
    }

    // ---------------------------------------------------------------- inspections (InspectionRecorder)

    public InspectionResult recordInspection(AnjianPrincipal caller, String equipmentId, NewInspection body) {
        return inspections.recordInspection(caller, equipmentId, body);
    }

    // ---------------------------------------------------------------- overdue hazards (OverdueInspections)

    /** See {@link OverdueInspections#registerOverdueHazards}. */
    public int registerOverdueHazards(LocalDate today) {
        return overdue.registerOverdueHazards(today);
    }

    public int retryClosingOverdueHazards() {
        return overdue.retryClosingOverdueHazards();
    }

    // ---------------------------------------------------------------- elevator events (ElevatorEvents)

    public ElevatorEvent raiseEvent(AnjianPrincipal caller, NewElevatorEvent body) {
        return elevatorEvents.raiseEvent(caller, body);
    }

    public ElevatorEvent event(AnjianPrincipal caller, String id) {
        return elevatorEvents.event(caller, id);
    }

    public ElevatorEvent handleEvent(AnjianPrincipal caller, String id, HandleRequest body) {
        return elevatorEvents.handleEvent(caller, id, body);
    }

    public Page<ElevatorEvent> events(AnjianPrincipal caller, String status, PageRequest page) {
        return elevatorEvents.events(caller, status, page);
    }

    /** See {@link ElevatorEvents#escalateEntrapments}. */
    public int escalateEntrapments(Instant now, int minutes) {
        return elevatorEvents.escalateEntrapments(now, minutes);
    }

    // ---------------------------------------------------------------- risk

    /** [all, overdue, due soon] equipment counts of an enterprise on {@code today}. */
    public long[] dueCounts(String creditCode, LocalDate today) {
        return ctx.db.read(s -> ctx.equipment.dueCounts(s.connection(), creditCode, today, ctx.settings.dueSoonDays()));
    }

    EquipmentView view(Equipment e, LocalDate today) {
        return ctx.view(e, today);
    }
}
