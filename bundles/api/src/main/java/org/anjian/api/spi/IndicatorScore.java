package org.anjian.api.spi;

/** One indicator's score for one enterprise: 0 (no risk) to 100, with a sentence saying why. */
public record IndicatorScore(String moduleId, String indicatorId, String name, int points, String explanation) {
    public IndicatorScore {
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("points must be 0..100, got " + points);
        }
    }
}
