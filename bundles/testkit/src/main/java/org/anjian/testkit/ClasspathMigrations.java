package org.anjian.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code db/<module>/V*.sql} scripts of a module as the class path holds them (a {@code target/classes}
 * folder or a jar), so a test applies the same files the bundle ships.
 */
public final class ClasspathMigrations {
    private static final Pattern SCRIPT = Pattern.compile("V[^/]*\\.sql");

    private ClasspathMigrations() {
    }

    /** Script name → URL, sorted by name; empty when the module has no migrations. */
    public static TreeMap<String, URL> find(ClassLoader loader, String module) {
        String folder = "db/" + module;
        TreeMap<String, URL> out = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> fromFolder(Path.of(root.toURI()), out);
                    case "jar" -> fromJar(root, folder, out);
                    default -> throw new IllegalStateException("cannot list " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void fromFolder(Path dir, TreeMap<String, URL> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (SCRIPT.matcher(name).matches()) {
                    out.putIfAbsent(name, p.toUri().toURL());
                }
            }
        }
    }

    private static void fromJar(URL root, String folder, TreeMap<String, URL> out) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            List<JarEntry> entries = new ArrayList<>(jar.stream().toList());
            for (JarEntry e : entries) {
                String name = e.getName();
                if (name.startsWith(folder + "/") && SCRIPT.matcher(name.substring(folder.length() + 1)).matches()) {
                    out.putIfAbsent(name.substring(folder.length() + 1),
                            new URL("jar:" + connection.getJarFileURL() + "!/" + name));
                }
            }
        }
    }

    /** The text of a script. */
    static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
