package org.anjian.domain.construction.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** Body of {@code POST /projects/{id}/dangerous-works/{workId}/stage}: the stage reached, on which day, by whom. */
public record StageRequest(@NotNull Stage stage, @NotNull String on, @NotNull @Size(min = 1, max = 50) String by,
                           @Size(max = 500) String note) {
}
