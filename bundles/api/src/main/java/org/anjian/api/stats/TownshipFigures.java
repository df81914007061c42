package org.anjian.api.stats;

import javax.validation.constraints.NotNull;

/** One township of the jurisdiction: its enterprises and hazards, for the comparison and the map. */
public record TownshipFigures(@NotNull String code, @NotNull String name, @NotNull Long enterprises,
                              @NotNull Long openHazards, @NotNull Long overdue, @NotNull Long majorOpen) {
}
