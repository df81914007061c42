package org.anjian.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/** Reads the {@code db/<module>/V*.sql} scripts packaged in a bundle. */
public final class BundleMigrations {
    private BundleMigrations() {
    }

    public static List<Migration> read(Bundle bundle, String module) throws IOException {
        List<Migration> out = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("db/" + module, "V*.sql", false);
        if (entries == null) {
            return out;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                out.add(Migration.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
