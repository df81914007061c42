package org.anjian.domain.chemical.rules;

import java.util.regex.Pattern;

/**
 * CAS registry numbers: {@code NNNNNNN-NN-N} (2 to 7 digits, 2 digits, 1 check digit). The check digit
 * is the sum of the other digits, each multiplied by its position counted from the right (1, 2, 3 …),
 * modulo 10.
 */
public final class CasNumber {
    private static final Pattern FORMAT = Pattern.compile("\\d{2,7}-\\d{2}-\\d");

    private CasNumber() {
    }

    /** True when {@code cas} has the CAS format and a correct check digit. */
    public static boolean isValid(String cas) {
        if (cas == null || !FORMAT.matcher(cas).matches()) {
            return false;
        }
        String digits = cas.replace("-", "");
        int check = digits.charAt(digits.length() - 1) - '0';
        int sum = 0;
        int weight = 1;
        for (int i = digits.length() - 2; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight++;
        }
        return sum % 10 == check;
    }
}
