package org.anjian.api.stats;

import javax.validation.constraints.NotNull;

/** Hazards registered and closed in one month ({@code 2026-11}). */
public record MonthCount(@NotNull String month, @NotNull Long registered, @NotNull Long closed) {
}
