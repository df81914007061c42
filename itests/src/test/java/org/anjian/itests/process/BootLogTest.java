package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fresh-boot test's reading of karaf.log, on the lines of the boot that refreshed CXF after the API served. */
class BootLogTest {
    private static final String PREFIX = "2026-12-01T07:19:55,667 | INFO  | features-3-thread-1 | FeaturesServiceImpl"
            + "              | 18 - org.apache.karaf.features.core - 4.4.10 | ";

    private static BootLog log(Path dir, String... messages) throws Exception {
        Path file = dir.resolve("karaf.log");
        Files.write(file, java.util.Arrays.stream(messages).map(m -> PREFIX + m).toList());
        return BootLog.read(file);
    }

    @Test
    void aRefreshOfAStartedBundleIsFound(@TempDir Path dir) throws Exception {
        BootLog log = log(dir, "Starting bundles:", "  org.apache.cxf.cxf-core/3.6.10", "  anjian-rest/0.1.0.SNAPSHOT",
                "Done.", "Refreshing bundles:",
                "    anjian-rest/0.1.0.SNAPSHOT (Wired to org.apache.cxf.cxf-core/3.6.10 which is being refreshed)",
                "    org.apache.cxf.cxf-core/3.6.10 (Should be wired to: com.sun.xml.messaging.saaj.impl/1.5.3)",
                "    org.jvnet.staxex.stax-ex/1.8.3 (installed in this pass)",
                "Starting bundles:", "  org.jvnet.staxex.stax-ex/1.8.3");
        assertThat(log.refreshes()).isEqualTo(1);
        assertThat(log.refreshedAfterStart()).hasSize(2).allMatch(l -> l.startsWith("anjian-rest") || l.startsWith("org.apache.cxf"));
    }

    @Test
    void aBootWithoutRefreshesAndStaleWiringIsClean(@TempDir Path dir) throws Exception {
        BootLog log = log(dir, "Starting bundles:", "  org.apache.cxf.cxf-core/3.6.10", "Done.");
        assertThat(log.refreshedAfterStart()).isEmpty();
        assertThat(log.staleWiring()).isEmpty();
        BootLog stale = log(dir, "java.lang.NoClassDefFoundError: ... the bundle wiring for "
                + "org.apache.cxf.cxf-rt-frontend-jaxrs is no longer valid");
        assertThat(stale.staleWiring()).hasSize(1);
        BootLog known = log(dir, "Unable to send security auditing EventAdmin events: java.lang.NoClassDefFoundError: "
                + "org/osgi/service/event/EventAdmin");
        assertThat(known.staleWiring()).isEmpty();
        assertThat(List.of()).isEmpty();
    }
}
