package org.anjian.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which file answers a path of /console: hashed assets cached for good, index.html never, routes get the app. */
class ConsoleAssetsTest {
    static final Set<String> FILES = Set.of("index.html", "assets/index-Bx3f9_aQ.js", "assets/index-Bx3f9_aQ.js.gz",
            "assets/index-D1bbJ-QB.css", "favicon.svg", "vendor/vue-0a1b2c3d.js", "assets/secret.gz", "assets/data.xml");
    final ConsoleAssets assets = new ConsoleAssets(path -> FILES.contains(path) ? url(path) : null);

    @Test
    void theRootAndEveryRouteOfTheApplicationAreIndexHtmlNeverCached() {
        for (String route : new String[]{"", "/", "index.html", "dashboard", "hazards/12", "enterprises/91330999MA2E9TK0QC",
                "domains/chemical/major-hazard"}) {
            ConsoleAssets.Asset a = assets.resolve(route).orElseThrow();
            assertThat(a.path()).as(route).isEqualTo("index.html");
            assertThat(a.cacheControl()).isEqualTo("no-cache");
            assertThat(a.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(a.gzipped()).isNull();
        }
    }

    @Test
    void hashedAssetsAreImmutableWithTheirPrecompressedCopy() {
        ConsoleAssets.Asset js = assets.resolve("/assets/index-Bx3f9_aQ.js").orElseThrow();
        assertThat(js.contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(js.cacheControl()).isEqualTo(ConsoleAssets.IMMUTABLE);
        assertThat(js.gzipped()).isNotNull();
        ConsoleAssets.Asset css = assets.resolve("assets/index-D1bbJ-QB.css").orElseThrow();
        assertThat(css.gzipped()).isNull();
        assertThat(css.contentType()).startsWith("text/css");
        ConsoleAssets.Asset icon = assets.resolve("favicon.svg").orElseThrow();
        assertThat(icon.cacheControl()).as("an unhashed file may change with a release").isEqualTo("public, max-age=3600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/missing-Bx3f9_aQ.js", "../etc/users.properties", "assets/../../x.js", "assets/%2e%2e/x.js",
            "assets/secret.gz", "assets/data.xml", "assets/index-Bx3f9_aQ.js.gz", "assets\\index.js", "a//b.js"})
    void aFileThatIsNotOneOfTheConsolesIsA404NotTheApplication(String path) {
        assertThat(assets.resolve(path)).isEmpty();
    }

    @Test
    void withoutABuiltConsoleNothingIsServed() {
        ConsoleAssets none = new ConsoleAssets(p -> null);
        assertThat(none.resolve("")).isEmpty();
        assertThat(none.resolve("dashboard")).isEmpty();
    }

    @Test
    void gzipIsSentOnlyToClientsThatAcceptIt() {
        Map<String, Boolean> cases = Map.of("gzip, deflate, br", true, "br;q=1.0, GZIP;q=0.5", true, "gzip;q=0", false,
                "identity", false, "", false, "deflate", false);
        cases.forEach((header, expected) -> assertThat(ConsoleServlet.accepts(header)).as(header).isEqualTo(expected));
        assertThat(ConsoleServlet.accepts(null)).isFalse();
    }

    private static URL url(String path) {
        try {
            return new URL("file:/console/" + path);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
