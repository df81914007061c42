package org.anjian.itests.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Karaf log says about a boot: the bundles the features service started, the ones it refreshed (and
 * which of those had already been started, i.e. were serving), and errors of stale wiring (a class loaded through
 * a wiring that a refresh replaced).
 */
public final class BootLog {
    private static final Pattern STALE = Pattern.compile(
            "is no longer valid|NoClassDefFoundError|ClassCastException|IllegalStateException: Invalid BundleContext");
    /**
     * Known and harmless: Karaf's JAAS audit module tries to post EventAdmin events, and the distribution installs
     * no EventAdmin (the class is missing, not stale).
     */
    private static final Pattern KNOWN = Pattern.compile(
            "security auditing EventAdmin events: java.lang.NoClassDefFoundError: org/osgi/service/event/EventAdmin");

    private final List<String> lines;

    private BootLog(List<String> lines) {
        this.lines = lines;
    }

    public static BootLog read(Path karafLog) {
        try {
            return new BootLog(Files.readAllLines(karafLog, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bundles refreshed after they had been started, each with the log's reason. */
    public List<String> refreshedAfterStart() {
        Set<String> started = new LinkedHashSet<>();
        List<String> refreshed = new ArrayList<>();
        String block = null;
        for (String line : lines) {
            String message = message(line);
            if (message == null) {
                continue;
            }
            if (message.equals("Starting bundles:") || message.equals("Refreshing bundles:")) {
                block = message;
                continue;
            }
            if (block != null && message.startsWith("  ")) {
                String entry = message.strip();
                String bundle = entry.split(" ", 2)[0];
                if (block.startsWith("Starting")) {
                    started.add(bundle);
                } else if (started.contains(bundle)) {
                    refreshed.add(entry);
                }
            } else {
                block = null;
            }
        }
        return refreshed;
    }

    /** Every refresh the log shows, started before or not. */
    public int refreshes() {
        return (int) lines.stream().map(BootLog::message).filter("Refreshing bundles:"::equals).count();
    }

    /** Lines that show a class resolved through stale wiring. */
    public List<String> staleWiring() {
        return lines.stream().filter(l -> STALE.matcher(l).find() && !KNOWN.matcher(l).find()).toList();
    }

    /** The message of a Karaf log line ({@code time | level | thread | logger | bundle | message}). */
    private static String message(String line) {
        int bars = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && ++bars == 5) {
                return line.substring(Math.min(line.length(), i + 2));
            }
        }
        return null;
    }
}
