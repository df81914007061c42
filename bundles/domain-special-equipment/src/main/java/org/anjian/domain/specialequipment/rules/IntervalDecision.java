package org.anjian.domain.specialequipment.rules;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link InspectionIntervalPolicy#decide(String, Integer)}: an interval, or the reason
 * there is none.
 *
 * @param outcome what was decided
 * @param period the interval for {@link Outcome#INTERVAL}, otherwise null
 * @param rule the row that decided, null for {@link Outcome#NO_RULE} and {@link Outcome#UNKNOWN_CATEGORY}
 */
public record IntervalDecision(Outcome outcome, Period period, IntervalRule rule) {

    /** Why there is or is not an interval. */
    public enum Outcome {
        /** A regular interval applies. */
        INTERVAL,
        /** Monitored use: no regular interval, the inspection body sets the date (e.g. 安全状况等级 4). */
        MONITORED,
        /** The equipment must not be used (e.g. 安全状况等级 5). */
        NOT_USABLE,
        /** No row for the category or any of its parents. */
        NO_RULE,
        /** The category code is not in the catalogue. */
        UNKNOWN_CATEGORY
    }

    public IntervalDecision {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.INTERVAL) != (period != null)) {
            throw new IllegalArgumentException("An interval is present exactly for INTERVAL");
        }
        if ((rule == null) != (outcome == Outcome.NO_RULE || outcome == Outcome.UNKNOWN_CATEGORY)) {
            throw new IllegalArgumentException("A rule is present exactly when one decided");
        }
    }

    static IntervalDecision of(IntervalRule rule) {
        return switch (rule.kind()) {
            case INTERVAL -> new IntervalDecision(Outcome.INTERVAL, rule.interval(), rule);
            case MONITORED -> new IntervalDecision(Outcome.MONITORED, null, rule);
            case NOT_USABLE -> new IntervalDecision(Outcome.NOT_USABLE, null, rule);
        };
    }

    static IntervalDecision none(Outcome outcome) {
        return new IntervalDecision(outcome, null, null);
    }

    public Optional<Period> interval() {
        return Optional.ofNullable(period);
    }

    public Optional<IntervalRule> matchedRule() {
        return Optional.ofNullable(rule);
    }

    public boolean hasInterval() {
        return outcome == Outcome.INTERVAL;
    }
}
