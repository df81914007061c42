package org.anjian.core.query;

import java.util.Optional;

/**
 * "Starts with {@code prefix}" over a column of fixed-length digit codes (region codes: 12 digits, grid codes: 15)
 * as the range {@code [low, high)}, which a plain B-tree index answers on both databases under any collation
 * (PostgreSQL uses an index for {@code LIKE 'p%'} only under the C collation). {@code high} is null when there is
 * no upper bound (a prefix of nines). The one form of the jurisdiction rule, for JPQL and for module SQL alike.
 */
public record PrefixRange(String low, String high) {

    /** The range of a prefix of digits; empty for anything else (which stays a LIKE). */
    public static Optional<PrefixRange> ofDigits(String prefix) {
        if (prefix.isEmpty() || !prefix.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.empty();
        }
        return Optional.of(new PrefixRange(prefix, next(prefix)));
    }

    /**
     * The least string of digits of the same length above every string that starts with {@code digits} ("3309" →
     * "3310"); null when there is none ("999").
     */
    static String next(String digits) {
        char[] c = digits.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] != '9') {
                c[i]++;
                return new String(c);
            }
            c[i] = '0';
        }
        return null;
    }
}
