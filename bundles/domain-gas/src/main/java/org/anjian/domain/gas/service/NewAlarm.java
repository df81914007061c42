package org.anjian.domain.gas.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** Body of {@code POST /alarms}: the user whose device raised it, when (ISO instant), the kind, a note. */
public record NewAlarm(@NotNull @Size(min = 1, max = 36) String userId, @NotNull String at, @NotNull Kinds.AlarmKind kind,
                       @Size(max = 500) String note) {
}
