package org.anjian.domain.chemical.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A non-negative rational number num/den over exact decimals, so that sums of q/Q compare exactly with
 * the thresholds of the standard (S ≥ 1, R ≥ 10, 50, 100) whatever the decimal inputs.
 */
record ExactRatio(BigDecimal num, BigDecimal den) {
    static final ExactRatio ZERO = new ExactRatio(BigDecimal.ZERO, BigDecimal.ONE);

    ExactRatio {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be > 0");
        }
    }

    ExactRatio plus(ExactRatio other) {
        if (den.compareTo(other.den) == 0) {
            return new ExactRatio(num.add(other.num), den);
        }
        return new ExactRatio(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
    }

    ExactRatio times(BigDecimal factor) {
        return new ExactRatio(num.multiply(factor), den);
    }

    /** Compares this ratio with a decimal exactly. */
    int compareTo(BigDecimal value) {
        return num.compareTo(value.multiply(den));
    }

    double toDouble() {
        return num.divide(den, MathContext.DECIMAL64).doubleValue();
    }
}
