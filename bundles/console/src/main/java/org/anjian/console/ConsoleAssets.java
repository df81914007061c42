package org.anjian.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which file of the built console answers a path under {@code /console}, with its type and how long it may be
 * cached: hashed assets for a year, {@code index.html} never (it names the current hashes), and every route of
 * the single-page application ({@code /console/hazards/12}) answered by {@code index.html}.
 */
final class ConsoleAssets {
    static final String INDEX = "index.html";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final Pattern SAFE = Pattern.compile("(?:[A-Za-z0-9_@.-]+/)*[A-Za-z0-9_@.-]+");
    /** A file name carrying its content hash, as the build writes them ({@code index-Bx3f9_aQ.js}). */
    private static final Pattern HASHED = Pattern.compile(".*-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+$");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"), Map.entry("txt", "text/plain; charset=utf-8"));

    /** A file to send. */
    record Asset(String path, String contentType, String cacheControl, URL url, URL gzipped) {
        InputStream open(boolean gzip) throws IOException {
            return (gzip && gzipped != null ? gzipped : url).openStream();
        }
    }

    private final Function<String, URL> resources;

    /** @param resources a file of the built console by its path ({@code assets/index-….js}), or null */
    ConsoleAssets(Function<String, URL> resources) {
        this.resources = resources;
    }

    /**
     * The file for a request path below {@code /console/} (without the leading slash; empty for the root).
     * Empty when a path that names a file (it has an extension) has no such file: a 404, not the application.
     */
    Optional<Asset> resolve(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty() || p.equals(INDEX)) {
            return index();
        }
        if (!SAFE.matcher(p).matches() || p.contains("..")) {
            return Optional.empty();
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return index(); // a route of the application
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        URL url = resources.apply(p);
        if (url == null || !TYPES.containsKey(ext) || ext.equals("gz")) {
            return Optional.empty();
        }
        String cache = HASHED.matcher(name).matches() ? IMMUTABLE : "public, max-age=3600";
        return Optional.of(new Asset(p, TYPES.get(ext), cache, url, resources.apply(p + ".gz")));
    }

    private Optional<Asset> index() {
        URL url = resources.apply(INDEX);
        return url == null ? Optional.empty()
                : Optional.of(new Asset(INDEX, TYPES.get("html"), REVALIDATE, url, null));
    }
}
