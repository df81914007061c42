package org.anjian.domain.construction.service;

import java.util.Map;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** Body of {@code POST /projects/{id}/dangerous-works}: the work's name, category and parameters (as the assessment). */
public record NewDangerousWork(@NotNull @Size(min = 1, max = 200) String name, @NotNull @Size(max = 20) String category,
                               Map<String, Object> parameters) {
}
