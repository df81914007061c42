package org.anjian.core.hazard;

import java.util.List;
import org.anjian.api.hazard.HazardCategory;

/** The platform's own hazard categories (domain modules add theirs through the SPI). */
final class HazardCategories {
    static final List<HazardCategory> PLATFORM = List.of(
            new HazardCategory("MANAGEMENT_SYSTEM", "安全管理制度"),
            new HazardCategory("TRAINING", "教育培训"),
            new HazardCategory("EMERGENCY", "应急管理"),
            new HazardCategory("FIRE", "消防安全"),
            new HazardCategory("ELECTRICAL", "电气安全"),
            new HazardCategory("CONFINED_SPACE", "有限空间作业"),
            new HazardCategory("DUST_EXPLOSION", "粉尘防爆"),
            new HazardCategory("EQUIPMENT", "设备设施"),
            new HazardCategory("SITE", "作业现场"),
            new HazardCategory("OTHER", "其他"));

    private HazardCategories() {
    }

    static boolean exists(List<HazardCategory> categories, String code) {
        return categories.stream().anyMatch(c -> c.code().equals(code));
    }
}
