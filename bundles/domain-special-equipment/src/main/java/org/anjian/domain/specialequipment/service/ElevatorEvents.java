package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.service.SpecialEquipmentService.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.specialequipment.module.SpecialEquipmentHazardCategories;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.anjian.domain.specialequipment.store.Equipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Elevator events (困人 and faults, 96333): raised, handled, and escalated to hazards when nobody handles an entrapment. */
final class ElevatorEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ElevatorEvents.class);

    private final ServiceContext ctx;

    ElevatorEvents(ServiceContext ctx) {
        this.ctx = ctx;
    }

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
        Instant now = ctx.clock.instant();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new ValidationException("at", "must not be in the future");
        }
        String description = Fields.optional("description", body.description(), MAX_LONG_TEXT);
        String field = equipmentId != null ? "equipmentId" : "equipmentCode";
        Equipment e = ctx.db.read(s -> equipmentId != null ? ctx.equipment.find(s.connection(), equipmentId)
                        : ctx.equipment.findByCode(s.connection(), equipmentCode))
                .filter(x -> ctx.enterprises.sees(caller, x.enterpriseCreditCode()))
                .orElseThrow(() -> new ValidationException(field, "unknown equipment "
                        + (equipmentId != null ? equipmentId : equipmentCode)));
        if (equipmentId != null && equipmentCode != null && !equipmentCode.equals(e.equipmentCode())) {
            throw new ValidationException("equipmentCode", "names another elevator than equipmentId " + equipmentId
                    + (e.equipmentCode() == null ? " (which has no equipment code)" : " (" + e.equipmentCode() + ")"));
        }
        if (!ctx.catalogue().isWithin(e.categoryCode(), ELEVATORS)) {
            throw new ValidationException(field, "equipment " + e.label() + " is not an elevator (category "
                    + e.categoryCode() + ")");
        }
        ElevatorEvent event = new ElevatorEvent(UUID.randomUUID().toString(), e.id(), e.enterpriseCreditCode(),
                e.regionCode(), kind, at, description, ElevatorEvent.RAISED, null, null, null, null, 1, now,
                caller.userId());
        ctx.db.write(s -> {
            ctx.events.insert(s.connection(), event);
            s.outbox("elevator-event", event.id(), event.version(), "ELEVATOR_EVENT_RAISED", event.regionCode(), event);
            s.audit(caller.userId(), "ELEVATOR_EVENT_RAISED", "elevator-event", event.id(), null, event);
            return null;
        });
        return event;
    }

    /** One elevator event the caller may see. */
    public ElevatorEvent event(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        return ctx.db.read(s -> ctx.events.find(s.connection(), id)).filter(x -> ctx.enterprises.sees(caller, x.enterpriseCreditCode()))
                .orElseThrow(() -> new NotFoundException("elevator-event", id));
    }

    public ElevatorEvent handleEvent(AnjianPrincipal caller, String id, HandleRequest body) {
        Callers.requireWriter(caller, "special-equipment records");
        String note = Fields.optional("note", body == null ? null : body.note(), MAX_LONG_TEXT);
        return ctx.db.write(s -> {
            ElevatorEvent current = ctx.events.find(s.connection(), id).filter(x -> ctx.enterprises.sees(caller, x.enterpriseCreditCode()))
                    .orElseThrow(() -> new NotFoundException("elevator-event", id));
            if (ElevatorEvent.HANDLED.equals(current.status())) {
                throw new ConflictException("ALREADY_HANDLED", "status", "elevator event " + id + " was handled at "
                        + current.handledAt());
            }
            ElevatorEvent handled = current.handled(ctx.clock.instant(), caller.userId(), note);
            ctx.events.update(s.connection(), handled);
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
        return ctx.db.read(s -> ctx.events.search(s.connection(), ctx.enterprises.scope(caller), filter, page.offset(), page.limit()));
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
        List<ElevatorEvent> late = ctx.db.read(s -> ctx.events.unhandledEntrapmentsBefore(s.connection(), cutoff));
        int escalated = 0;
        ZoneId zone = ctx.clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (ElevatorEvent ev : late) {
            try {
                Equipment e = ctx.db.read(s -> ctx.equipment.find(s.connection(), ev.equipmentId())).orElseThrow();
                String description = "电梯 " + e.label() + (e.location() == null ? "" : " (" + e.location() + ")")
                        + " 困人 (" + LOCAL_TIME.format(ev.at().atZone(zone)) + ") 超过 "
                        + minutes + " 分钟未处置";
                Hazard h = ctx.hazards.register(SYSTEM, NewHazard.of(ev.enterpriseCreditCode(),
                        HazardSource.MONITORING_ALARM, HazardGrade.GENERAL,
                        SpecialEquipmentHazardCategories.ELEVATOR_ALARM, description,
                        today.plusDays(ctx.settings.alarmHazardDeadlineDays()))
                        .from(SOURCE_SYSTEM, "elevator-event-" + ev.id()).build());
                boolean done = ctx.db.write(s -> {
                    ElevatorEvent current = ctx.events.find(s.connection(), ev.id()).orElseThrow();
                    if (!ElevatorEvent.RAISED.equals(current.status())) {
                        return false;
                    }
                    ElevatorEvent up = current.escalated(h.id());
                    ctx.events.update(s.connection(), up);
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
}
