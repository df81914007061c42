package org.anjian.shell;

import org.anjian.api.security.AnjianPrincipal;

/** Shell commands run for IT staff already logged in to Karaf as administrators: county-wide reads. */
final class ShellCaller {
    private ShellCaller() {
    }

    static AnjianPrincipal get() {
        return AnjianPrincipal.system("shell");
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
