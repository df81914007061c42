package org.anjian.exchange.province;

import java.time.Duration;
import org.anjian.exchange.spi.RetryPolicy;

/** The province peer's settings, checked once (a bad configuration fails the component with the field). */
public record ProvinceSettings(String address, String user, String password, String countyCode, String schedule,
                               String findingsSchedule, int batchSize, int findingsPageSize, RetryPolicy retry,
                               Duration connectTimeout, Duration receiveTimeout) {

    public ProvinceSettings {
        if (address == null || !address.matches("https?://.+")) {
            throw new IllegalArgumentException("address must be an http(s) URL: " + address);
        }
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("countyCode must be a 6-digit code: " + countyCode);
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batchSize must be within 1..1000: " + batchSize);
        }
        if (findingsPageSize < 1 || findingsPageSize > 500) {
            throw new IllegalArgumentException("findingsPageSize must be within 1..500: " + findingsPageSize);
        }
    }

    public static ProvinceSettings of(ProvinceConfig c) {
        return new ProvinceSettings(c.address().trim(), c.user(), c.password(), c.countyCode().trim(), c.schedule(),
                c.findingsSchedule(), c.batchSize(), c.findingsPageSize(),
                new RetryPolicy(c.retryMaxAttempts(), Duration.ofMillis(c.retryInitialDelayMs()), c.retryMultiplier(),
                        Duration.ofMillis(c.retryMaxDelayMs())),
                Duration.ofMillis(c.connectTimeoutMs()), Duration.ofMillis(c.receiveTimeoutMs()));
    }
}
