package org.anjian.domain.chemical.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One named hazardous chemical of the GB 18218-2018 substance table.
 *
 * @param name                    the Chinese name the standard uses
 * @param aliases                 other Chinese names that identify the same entry (may be empty)
 * @param cas                     CAS registry number, or {@code null} when not recorded
 * @param thresholdQuantityTonnes critical quantity Q in tonnes (表1), or {@code null} when the table
 *                                gives none; then the lowest Q of {@link #hazardClasses()} applies
 * @param substanceFactor         β (表3, or 表4 by class), or {@code null}; then the highest β of
 *                                {@link #hazardClasses()} applies, or 1 when there is no class
 * @param hazardClasses           the GB 18218 表2 classes the substance falls in (may be empty)
 * @param source                  where the values come from, with the DOMAIN.md tag
 */
public record Substance(String name, List<String> aliases, String cas, BigDecimal thresholdQuantityTonnes,
        BigDecimal substanceFactor, List<String> hazardClasses, String source) {

    public Substance {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        hazardClasses = List.copyOf(hazardClasses == null ? List.of() : hazardClasses);
        source = source == null ? "" : source;
    }
}
