package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.service.SpecialEquipmentService.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.domain.specialequipment.module.SpecialEquipmentHazardCategories;
import org.anjian.domain.specialequipment.rules.Category;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.Inspection;
import org.anjian.domain.specialequipment.store.OverdueHazard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One hazard per missed due date (超期未检), closed (销号) through the platform when the equipment is inspected. */
final class OverdueInspections {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueInspections.class);

    private final ServiceContext ctx;

    OverdueInspections(ServiceContext ctx) {
        this.ctx = ctx;
    }

    List<Long> closeOverdueHazards(Equipment e, Inspection inspection) {
        List<OverdueHazard> open = ctx.db.read(s -> ctx.overdueHazards.openFor(s.connection(), e.id()));
        List<Long> closed = new ArrayList<>();
        for (OverdueHazard row : open) {
            try {
                closeHazard(row, e, inspection);
                ctx.db.write(s -> {
                    if (ctx.overdueHazards.close(s.connection(), row.equipmentId(), row.dueDate(), ctx.clock.instant()) == 1) {
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
        if (ctx.hazards.resolve(SYSTEM, SOURCE_SYSTEM, overdueSourceId(e.id(), row.dueDate()), evidence).isEmpty()) {
            LOG.warn("Overdue hazard {} of equipment {} no longer exists; marking it closed here", row.hazardId(), e.id());
        }
    }

    /** The hazard's source id for the missed due date of an equipment item (registration is idempotent on it). */
    static String overdueSourceId(String equipmentId, LocalDate due) {
        return "overdue-" + equipmentId + "-" + due;
    }

    /**
     * Registers one hazard for each IN_USE equipment whose due date passed before {@code today} and that
     * has none for that due date yet, then retries closing hazards whose equipment was inspected since.
     * Returns the number of hazards registered.
     */
    public int registerOverdueHazards(LocalDate today) {
        retryClosingOverdueHazards();
        List<Equipment> due = ctx.db.read(s -> ctx.equipment.overdueWithoutHazard(s.connection(), today));
        int registered = 0;
        for (Equipment e : due) {
            try {
                String categoryName = ctx.catalogue().find(e.categoryCode()).map(Category::nameZh).orElse(e.categoryCode());
                String description = categoryName + " " + e.label() + " 超期未检验 (应于 " + e.nextDue() + " 前检验)";
                Hazard h = ctx.hazards.register(SYSTEM, NewHazard.of(e.enterpriseCreditCode(), HazardSource.ENFORCEMENT,
                        HazardGrade.GENERAL, SpecialEquipmentHazardCategories.INSPECTION_OVERDUE, description,
                        today.plusDays(ctx.settings.overdueHazardDeadlineDays()))
                        .from(SOURCE_SYSTEM, overdueSourceId(e.id(), e.nextDue())).build());
                boolean inserted = ctx.db.write(s -> {
                    boolean added = ctx.overdueHazards.insert(s.connection(), e.id(), e.nextDue(), h.id(), ctx.clock.instant());
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
        List<Pending> pending = ctx.db.read(s -> {
            List<Pending> out = new ArrayList<>();
            for (OverdueHazard row : ctx.overdueHazards.open(s.connection())) {
                Optional<Inspection> since = ctx.inspections.latestRecordedSince(s.connection(), row.equipmentId(),
                        row.createdAt());
                Optional<Equipment> eq = ctx.equipment.find(s.connection(), row.equipmentId());
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
}
