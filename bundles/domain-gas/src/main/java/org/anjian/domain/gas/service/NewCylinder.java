package org.anjian.domain.gas.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import org.anjian.api.enterprise.CreditCode;

/**
 * Body of {@code POST /cylinders}: the permanent code, the owner (a bottled-LPG operator), the manufacture date and, for
 * a cylinder already in use, the date of its last periodic inspection (counted as its first).
 */
public record NewCylinder(@NotNull @Pattern(regexp = "[0-9A-Z]{6,32}", message = "must be 6 to 32 digits or capital letters")
                          String code,
                          @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String ownerCreditCode,
                          @NotNull String manufacturedOn, String lastInspectedOn) {
}
