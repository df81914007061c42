package org.anjian.domain.gas.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.region.RegionCode;

/** Body of {@code POST /users} and {@code PUT /users/{id}}. */
public record NewGasUser(@NotNull Kinds.UserKind kind, @NotNull @Size(min = 1, max = 100) String name,
                         @NotNull @Size(min = 1, max = 200) String address,
                         @NotNull @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code")
                         String regionCode,
                         @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                         @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String supplierCreditCode,
                         @NotNull Kinds.Device leakAlarm, @NotNull Kinds.Device shutOffDevice) {
}
