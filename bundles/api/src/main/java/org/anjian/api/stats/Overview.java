package org.anjian.api.stats;

import java.util.Map;
import javax.validation.constraints.NotNull;

/**
 * The dashboard's figures for the caller's jurisdiction.
 *
 * @param enterprises          the enterprises the caller may see
 * @param enterprisesByColour  by risk colour (RED, ORANGE, YELLOW, BLUE)
 * @param openHazards          hazards not CLOSED
 * @param openByGrade          open hazards by grade (GENERAL, MAJOR)
 * @param openByStatusAndGrade open hazards by status, then by grade
 * @param byStatus             every hazard by status
 * @param overdue              open hazards past their deadline
 * @param supervised           hazards under 督办
 * @param listed               hazards under 挂牌督办
 */
public record Overview(@NotNull Long enterprises, @NotNull Map<String, Long> enterprisesByColour,
                       @NotNull Long openHazards, @NotNull Map<String, Long> openByGrade,
                       @NotNull Map<String, Map<String, Long>> openByStatusAndGrade, @NotNull Map<String, Long> byStatus, @NotNull Long overdue, @NotNull Long supervised,
                       @NotNull Long listed) {
}
