package org.anjian.domain.gas.service;

import java.util.List;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.region.RegionCode;

/** Body of {@code POST /operators}: the licence (dates ISO) and the stations it covers. */
public record NewOperator(@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                          @NotNull @Size(min = 1, max = 50) String licenceNumber, @NotNull Kinds.OperatorScope scope,
                          @NotNull String validFrom, @NotNull String validTo,
                          @Valid @Size(max = 50) List<@NotNull NewStation> stations) {

    /** A station: name, kind, address, the 12-digit region it lies in. */
    public record NewStation(@NotNull @Size(min = 1, max = 100) String name, @NotNull Kinds.StationKind kind,
                             @Size(max = 200) String address,
                             @NotNull @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code")
                             String regionCode) {
    }
}
