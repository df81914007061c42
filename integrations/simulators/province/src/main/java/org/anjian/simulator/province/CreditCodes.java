package org.anjian.simulator.province;

import java.util.Random;

/** GB 32100-2015 unified social credit code (USCC) check, as in shared/DOMAIN.md 1.1. */
public final class CreditCodes {
    static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] W = new int[17];
    static {
        int w = 1;
        for (int i = 0; i < 17; i++) { W[i] = w; w = (w * 3) % 31; }
    }
    private CreditCodes() { }

    /** @return null when valid, else the reason. */
    public static String problem(String code) {
        if (code == null || code.isBlank()) return "missing";
        if (code.length() != 18) return "must be 18 characters, was " + code.length();
        for (int i = 0; i < 18; i++) {
            if (CHARS.indexOf(code.charAt(i)) < 0) return "invalid character '" + code.charAt(i) + "' at position " + (i + 1);
        }
        if (checkChar(code.substring(0, 17)) != code.charAt(17)) return "check character mismatch";
        return null;
    }

    public static char checkChar(String first17) {
        int s = 0;
        for (int i = 0; i < 17; i++) s += CHARS.indexOf(first17.charAt(i)) * W[i];
        return CHARS.charAt((31 - s % 31) % 31);
    }

    /** A valid synthetic code registered in {@code county} (positions 3-8). */
    public static String synthetic(String county, Random rnd) {
        StringBuilder b = new StringBuilder("91").append(county);
        for (int i = 0; i < 9; i++) b.append(CHARS.charAt(rnd.nextInt(10)));
        return b.append(checkChar(b.toString())).toString();
    }
}
