package org.anjian.api.enterprise;

import java.util.List;
import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;
import org.anjian.api.region.RegionCode;

/**
 * 一企一档: the enterprise record, keyed by its unified social credit code. {@code version} counts
 * changes (it is the optimistic-lock token and part of the exchange idempotency key).
 *
 * <p>The constraints are the record's form; the rules that need data (the credit code's check character, that
 * the region exists and the grid lies in it) are the registry's.
 */
public record Enterprise(
        @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String creditCode,
        @NotBlank @Size(min = 1, max = 200) String name,
        @NotNull @Pattern(regexp = INDUSTRY_PATTERN, message = "must be a GB/T 4754 code (a section letter or 2-4 digits)")
        String industryCode,
        @NotBlank @Size(min = 1, max = 300) String address,
        @NotNull @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code") String regionCode,
        @Pattern(regexp = RegionCode.GRID_PATTERN, message = "must be a grid code (15 digits)") String gridCode,
        @Size(max = 20) List<@NotBlank @Size(min = 1, max = 100) String> supervisingDepartments,
        @NotNull RiskColour riskColour,
        Assessment assessment,
        StandardizationGrade standardizationGrade,
        @Size(max = 20) @Valid List<@NotNull Guarantor> guarantors,
        @PositiveOrZero Long version) {

    /** GB/T 4754: a section letter, or a 2-, 3- or 4-digit division/group/class code. */
    public static final String INDUSTRY_PATTERN = "[A-T]|\\d{2,4}";

    public Enterprise {
        supervisingDepartments = supervisingDepartments == null ? List.of() : List.copyOf(supervisingDepartments);
        guarantors = guarantors == null ? List.of() : List.copyOf(guarantors);
    }
}
