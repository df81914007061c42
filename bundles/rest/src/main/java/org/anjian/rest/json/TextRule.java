package org.anjian.rest.json;

/**
 * Which characters a text field may hold. No field takes NUL or another C0 control character, a DEL or C1
 * control, a lone surrogate or the non-characters U+FFFE/U+FFFF (XML 1.0, which carries records to the
 * province, cannot hold most of them, and none belongs in a name or a note); multi-line fields also take
 * tab, line feed and carriage return.
 */
public final class TextRule {
    private TextRule() {
    }

    /** The first offending character's description, or null when the text is acceptable. */
    public static String problem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return describe(c, i) + (c == '\t' || c == '\n' || c == '\r' ? " (a single-line field)" : "");
            }
            if (c >= 0x7f && c <= 0x9f) {
                return describe(c, i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "a lone surrogate at position " + (i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "a lone surrogate at position " + (i + 1);
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return describe(c, i);
            }
        }
        return null;
    }

    private static String describe(char c, int index) {
        return String.format("control character U+%04X at position %d", (int) c, index + 1);
    }
}
