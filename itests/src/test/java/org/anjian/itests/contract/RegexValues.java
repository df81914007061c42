package org.anjian.itests.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Strings that match a regular expression of the small kind our documents use (literals, classes with ranges,
 * {@code \d}, groups, alternation, {@code ? * + {n} {n,m}}), for valid values of patterned fields.
 */
final class RegexValues {
    private interface Node {
        void emit(StringBuilder out, Random random);
    }

    private final String regex;
    private int pos;

    private RegexValues(String regex) {
        this.regex = regex;
    }

    static String generate(String regex, Random random) {
        RegexValues parser = new RegexValues(regex);
        Node node = parser.alternation();
        if (parser.pos != regex.length()) {
            throw new IllegalArgumentException("unsupported regex " + regex + " at " + parser.pos);
        }
        StringBuilder out = new StringBuilder();
        node.emit(out, random);
        return out.toString();
    }

    private Node alternation() {
        List<Node> options = new ArrayList<>();
        options.add(concat());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            options.add(concat());
        }
        return options.size() == 1 ? options.get(0)
                : (out, random) -> options.get(random.nextInt(options.size())).emit(out, random);
    }

    private Node concat() {
        List<Node> parts = new ArrayList<>();
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Node atom = atom();
            parts.add(quantified(atom));
        }
        return (out, random) -> parts.forEach(p -> p.emit(out, random));
    }

    private Node quantified(Node atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = 6;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = 6;
            pos++;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 6 : Integer.parseInt(bounds[1]);
            pos = close + 1;
        } else {
            return atom;
        }
        int lo = min;
        int hi = max;
        return (out, random) -> {
            int n = lo + random.nextInt(hi - lo + 1);
            for (int i = 0; i < n; i++) {
                atom.emit(out, random);
            }
        };
    }

    private Node atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?:", pos)) {
                    pos += 2;
                }
                Node inner = alternation();
                pos++; // ')'
                return inner;
            }
            case '[' -> {
                return charClass();
            }
            case '.' -> {
                return (out, random) -> out.append((char) ('a' + random.nextInt(26)));
            }
            case '\\' -> {
                String set = escape(regex.charAt(pos++));
                return (out, random) -> out.append(set.charAt(random.nextInt(set.length())));
            }
            default -> {
                return (out, random) -> out.append(c);
            }
        }
    }

    private Node charClass() {
        boolean negated = pos < regex.length() && regex.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        StringBuilder set = new StringBuilder();
        boolean first = true;
        while (regex.charAt(pos) != ']' || first) {
            first = false;
            char c = regex.charAt(pos++);
            if (c == '\\') {
                set.append(escape(regex.charAt(pos++)));
            } else if (pos + 1 < regex.length() && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                char to = regex.charAt(pos + 1);
                pos += 2;
                for (char x = c; x <= to; x++) {
                    set.append(x);
                }
            } else {
                set.append(c);
            }
        }
        pos++; // ']'
        String chars;
        if (negated) {
            StringBuilder allowed = new StringBuilder();
            for (char x = '!'; x <= '~'; x++) {
                if (set.indexOf(String.valueOf(x)) < 0) {
                    allowed.append(x);
                }
            }
            chars = allowed.toString();
        } else {
            chars = set.toString();
        }
        return (out, random) -> out.append(chars.charAt(random.nextInt(chars.length())));
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "0123456789";
            case 'w' -> "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
            case 's' -> " ";
            default -> String.valueOf(c);
        };
    }
}
