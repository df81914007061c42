package org.anjian.api.spi;

/**
 * A point of the county map (一张图) a domain contributes: a record of an enterprise, placed by the console in the
 * enterprise's township.
 *
 * @param moduleId             the contributing module
 * @param kind                 what it is ({@code MAJOR_HAZARD_SOURCE}, {@code OVERDUE_EQUIPMENT}, ...)
 * @param kindZh               its legend label (重大危险源, 逾期未检设备)
 * @param label                the marker's own label
 * @param enterpriseCreditCode the enterprise it belongs to
 * @param regionCode           where it is (the enterprise's region)
 * @param level                {@code RED}, {@code ORANGE}, {@code YELLOW} or {@code BLUE}: how serious
 * @param route                the console route that shows it, or null
 */
public record MapMarker(String moduleId, String kind, String kindZh, String label, String enterpriseCreditCode,
                        String regionCode, String level, String route) {
}
