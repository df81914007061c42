package org.anjian.domain.chemical.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One hazard class of GB 18218-2018 with its class threshold quantity (表2) and its substance factor β
 * (表4), for substances that 表1 and 表3 do not name.
 *
 * @param code                    the class code as in the standard, e.g. {@code J1}, {@code W5.1}
 * @param thresholdQuantityTonnes critical quantity Q in tonnes (临界量, CSV column
 *                                {@code criticalQuantityTonnes}), &gt; 0
 * @param substanceFactor         correction factor β (CSV column {@code beta}), &gt; 0
 * @param source                  where the values come from, with the DOMAIN.md tag
 */
public record HazardClassLimit(String code, BigDecimal thresholdQuantityTonnes, BigDecimal substanceFactor,
        String source) {

    public HazardClassLimit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(thresholdQuantityTonnes, "thresholdQuantityTonnes");
        Objects.requireNonNull(substanceFactor, "substanceFactor");
        if (thresholdQuantityTonnes.signum() <= 0) {
            throw new IllegalArgumentException("thresholdQuantityTonnes of " + code + " must be > 0");
        }
        if (substanceFactor.signum() <= 0) {
            throw new IllegalArgumentException("substanceFactor of " + code + " must be > 0");
        }
        source = source == null ? "" : source;
    }
}
