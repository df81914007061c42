package org.anjian.core.enterprise;

import java.util.List;
import java.util.regex.Pattern;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.region.RegionCode;
import org.anjian.api.region.RegionLevel;
import org.anjian.api.region.RegionService;
import org.anjian.core.validation.Fields;

/** Field-by-field checks of an enterprise record; the first problem is reported with its field name. */
final class EnterpriseValidator {
    /** GB/T 4754: a section letter, or a 2-, 3- or 4-digit division/group/class code. */
    private static final Pattern INDUSTRY = Pattern.compile("[A-T]|\\d{2,4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,32}");

    private final RegionService regions;

    EnterpriseValidator(RegionService regions) {
        this.regions = regions;
    }

    void validate(Enterprise e) {
        if (e == null) {
            throw new ValidationException("body", "an enterprise record is required");
        }
        CreditCode.requireValid("creditCode", e.creditCode());
        Fields.require("name", e.name(), 200);
        if (e.industryCode() == null || !INDUSTRY.matcher(e.industryCode()).matches()) {
            throw new ValidationException("industryCode", "must be a GB/T 4754 code (a section letter or 2-4 digits)");
        }
        Fields.require("address", e.address(), 300);
        RegionCode.requireValid("regionCode", e.regionCode());
        RegionLevel level = RegionCode.level(e.regionCode());
        if (level != RegionLevel.VILLAGE && level != RegionLevel.TOWNSHIP) {
            throw new ValidationException("regionCode", "must be a township or village code, got a " + level);
        }
        if (!regions.exists(e.regionCode())) {
            throw new ValidationException("regionCode", "unknown region " + e.regionCode());
        }
        if (e.gridCode() != null && !e.gridCode().isEmpty()) {
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
        if (e.riskColour() == null) {
            throw new ValidationException("riskColour", "is required (RED, ORANGE, YELLOW or BLUE)");
        }
        List<String> departments = e.supervisingDepartments();
        if (departments.size() > 20) {
            throw new ValidationException("supervisingDepartments", "at most 20 departments");
        }
        for (int i = 0; i < departments.size(); i++) {
            Fields.require("supervisingDepartments[" + i + "]", departments.get(i), 100);
        }
        List<Guarantor> guarantors = e.guarantors();
        if (guarantors.size() > 20) {
            throw new ValidationException("guarantors", "at most 20 guarantors");
        }
        for (int i = 0; i < guarantors.size(); i++) {
            Guarantor g = guarantors.get(i);
            if (g == null) {
                throw new ValidationException("guarantors[" + i + "]", "must not be null");
            }
            Fields.require("guarantors[" + i + "].name", g.name(), 50);
            if (g.position() != null && g.position().length() > 100) {
                throw new ValidationException("guarantors[" + i + "].position", "at most 100 characters");
            }
            if (g.phone() != null && !g.phone().isEmpty() && !PHONE.matcher(g.phone()).matches()) {
                throw new ValidationException("guarantors[" + i + "].phone", "is not a phone number");
            }
        }
    }

}
