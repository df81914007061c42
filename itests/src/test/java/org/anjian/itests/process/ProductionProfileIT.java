package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.anjian.itests.paxexam.AnjianContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production profile: no demo data, the HTTP-basic demo login off, no Karaf user and no default
 * password — an installer supplies the broker's credentials, and users come through single sign-on.
 */
class ProductionProfileIT {
    private static KarafProcess karaf;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
        Path archive = target.getParent().getParent()
                .resolve("distribution-production/target/anjian-distribution-production-"
                        + System.getProperty("anjian.version") + ".tar.gz");
        Path runtime = target.resolve("production-it");
        KarafProcess.deleteRecursively(runtime);
        karaf = KarafProcess.unpack(archive, runtime);
        // what an installer does: the broker account, with a password of the installation's own
        Files.writeString(karaf.home().resolve("etc/users.properties"), "\nanjian-broker = Pr0d-Br0ker-Secret,broker\n",
                StandardOpenOption.APPEND);
        karaf.withEnvironment("ANJIAN_BROKER_PASSWORD", "Pr0d-Br0ker-Secret");
        karaf.start();
        karaf.waitForHealthUp(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void shipsNoDemoDataAndNoDefaultLogin() throws Exception {
        JsonNode health = karaf.health();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").has("demo")).isFalse();
        assertThat(health.path("components").path("persistence").path("enterprises").asInt()).isZero();

        // the demo users of the demo profile do not exist, and HTTP basic is not offered at all
        HttpResponse<String> basic = karaf.get("/enterprises");
        assertThat(basic.statusCode()).isEqualTo(401);
        List<String> challenges = basic.headers().allValues("WWW-Authenticate");
        assertThat(challenges).isNotEmpty().allMatch(c -> c.startsWith("Bearer"));

        String users = Files.readString(karaf.home().resolve("etc/users.properties"));
        assertThat(users.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("_g_")))
                .containsExactly("anjian-broker = Pr0d-Br0ker-Secret,broker");
        assertThat(Files.readString(karaf.home().resolve("etc/org.anjian.messaging.cfg")).lines()
                .filter(l -> l.startsWith("password"))).containsExactly("password = ${env:ANJIAN_BROKER_PASSWORD}");
        assertThat(Files.readString(karaf.home().resolve("etc/org.anjian.exchange.cfg")).lines()
                .filter(l -> l.startsWith("password"))).containsExactly("password = ${env:ANJIAN_BROKER_PASSWORD}");
        // the province's endpoint and the county's account: from the environment only
        assertThat(Files.readString(karaf.home().resolve("etc/org.anjian.exchange.province.cfg")).lines()
                .filter(l -> l.matches("(address|user|password|countyCode) =.*")))
                .containsExactly("address = ${env:ANJIAN_PROVINCE_URL}", "user = ${env:ANJIAN_PROVINCE_USER}",
                        "password = ${env:ANJIAN_PROVINCE_PASSWORD}", "countyCode = ${env:ANJIAN_PROVINCE_COUNTY}");
    }

    @Test
    void theDomainsAreInstalledWithoutTheirDemoRecords() throws Exception {
        String features = Files.readString(karaf.home().resolve("etc/org.apache.karaf.features.cfg"));
        assertThat(features).contains(AnjianContainer.domains()).contains("anjian-exchange-province")
                .doesNotContain("anjian-demo/");
    }
}
