package org.anjian.core.enterprise;

import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.region.RegionCode;
import org.anjian.api.region.RegionLevel;
import org.anjian.api.region.RegionService;
import org.anjian.core.validation.Constraints;

/**
 * Checks of an enterprise record: its declared constraints (the record's form, see {@link Enterprise}), then the
 * rules that need data or arithmetic: the credit code's check character, that the region exists and is a
 * township or village, and that the grid exists inside it. The first problem is reported with its field name.
 */
final class EnterpriseValidator {
    private final RegionService regions;

    EnterpriseValidator(RegionService regions) {
        this.regions = regions;
    }

    void validate(Enterprise e) {
        if (e == null) {
            throw new ValidationException("body", "an enterprise record is required");
        }
        Constraints.check(e);
        CreditCode.requireValid("creditCode", e.creditCode());
        RegionCode.requireValid("regionCode", e.regionCode());
        RegionLevel level = RegionCode.level(e.regionCode());
        if (level != RegionLevel.VILLAGE && level != RegionLevel.TOWNSHIP) {
            throw new ValidationException("regionCode", "must be a township or village code, got a " + level);
        }
        if (!regions.exists(e.regionCode())) {
            throw new ValidationException("regionCode", "unknown region " + e.regionCode());
        }
        if (e.gridCode() != null) {
            RegionCode.requireValid("gridCode", e.gridCode());
            if (RegionCode.level(e.gridCode()) != RegionLevel.GRID) {
                throw new ValidationException("gridCode", "must be a grid code (15 digits)");
            }
            if (!e.gridCode().startsWith(RegionCode.prefix(e.regionCode()))) {
                throw new ValidationException("gridCode", "grid " + e.gridCode() + " is not inside region " + e.regionCode());
            }
            if (!regions.exists(e.gridCode())) {
                throw new ValidationException("gridCode", "unknown grid " + e.gridCode());
            }
        }
    }
}
