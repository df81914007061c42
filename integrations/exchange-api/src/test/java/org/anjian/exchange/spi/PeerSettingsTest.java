package org.anjian.exchange.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeerSettingsTest {

    @Test
    void aConfigurationWithoutTheCommonKeysGetsTheDefaults() {
        assertThat(PeerSettings.from(Map.of("address", "https://insurer.example/api"), PeerSettings.DEFAULTS))
                .isEqualTo(PeerSettings.DEFAULTS);
    }

    @Test
    void theCommonKeysAreReadAsConfigAdminGivesThem() {
        PeerSettings s = PeerSettings.from(Map.of("schedule", " 0 0 2 * * ? ", "batchSize", "500",
                "retryMaxAttempts", 3, "retryInitialDelayMs", "2000", "retryMultiplier", "1.5",
                "retryMaxDelayMs", 30000L, "connectTimeoutMs", "3000", "receiveTimeoutMs", ""), PeerSettings.DEFAULTS);
        assertThat(s.schedule()).isEqualTo("0 0 2 * * ?");
        assertThat(s.batchSize()).isEqualTo(500);
        assertThat(s.retry()).isEqualTo(new RetryPolicy(3, Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30)));
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.requestTimeout()).as("blank: the default").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void badValuesFailNamingTheirKey() {
        assertThatThrownBy(() -> PeerSettings.from(Map.of("batchSize", "lots"), PeerSettings.DEFAULTS))
                .hasMessageContaining("batchSize");
        assertThatThrownBy(() -> PeerSettings.from(Map.of("batchSize", "0"), PeerSettings.DEFAULTS))
                .hasMessageContaining("batchSize");
        assertThatThrownBy(() -> PeerSettings.from(Map.of("receiveTimeoutMs", "0"), PeerSettings.DEFAULTS))
                .hasMessageContaining("receiveTimeoutMs");
        assertThatThrownBy(() -> PeerSettings.from(Map.of("retryMultiplier", "0.5"), PeerSettings.DEFAULTS))
                .hasMessageContaining("multiplier");
    }

    @Test
    void aPeerOfTheFirstSpiGivesItsSettingsThroughItsThreeMethods() {
        RetryPolicy retry = new RetryPolicy(2, Duration.ofMillis(10), 2.0, Duration.ofMillis(40));
        ExchangePeer old = new ExchangePeer() {
            @Override public String id() { return "old"; }
            @Override public String schedule() { return ""; }
            @Override public int batchSize() { return 50; }
            @Override public RetryPolicy retryPolicy() { return retry; }
            @Override public List<Receipt> deliver(List<ExchangeRecord> records) { return List.of(); }
        };
        assertThat(old.settings()).isEqualTo(new PeerSettings("", 50, retry, PeerSettings.DEFAULTS.connectTimeout(),
                PeerSettings.DEFAULTS.requestTimeout()));
        assertThat(old.inbound()).isEqualTo(Optional.empty());
    }

    @Test
    void aRegionScopeIsARegionCodePrefixAndSaysWhichRecordsAreThePeers() {
        PeerSettings township = PeerSettings.from(Map.of("regionScope", " 330999101 "), PeerSettings.DEFAULTS);
        assertThat(township.regionScope()).isEqualTo("330999101");
        assertThat(township.covers("330999101001")).isTrue();
        assertThat(township.covers("330999001001")).isFalse();
        assertThat(township.covers(null)).isFalse();
        assertThat(PeerSettings.DEFAULTS.regionScope()).isEmpty();
        assertThat(PeerSettings.DEFAULTS.covers(null)).as("no scope: every record").isTrue();
        for (String bad : new String[] {"3309991", "33099910100x", "3309991010011", "东城"}) {
            assertThatThrownBy(() -> PeerSettings.from(Map.of("regionScope", bad), PeerSettings.DEFAULTS))
                    .as(bad).hasMessageContaining("regionScope");
        }
    }

    @Test
    void anInstanceOfAFactoryConfiguredPeerKindIsNamedByItsInstanceKey() {
        assertThat(PeerSettings.instanceId("insurer", Map.of("instance", " picc "))).isEqualTo("insurer-picc");
        assertThat(PeerSettings.instanceId("grid", Map.of("instance", "330999101"))).isEqualTo("grid-330999101");
        for (Map<String, ?> bad : List.<Map<String, ?>>of(Map.of(), Map.of("instance", ""), Map.of("instance", "PICC"),
                Map.of("instance", "picc-1"), Map.of("instance", "a".repeat(25)))) {
            assertThatThrownBy(() -> PeerSettings.instanceId("insurer", bad)).as(bad.toString())
                    .hasMessageContaining("instance");
        }
    }
}
