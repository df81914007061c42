package org.anjian.exchange.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.anjian.exchange.spi.RetryPolicy;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60));

    @Test
    void backsOffExponentiallyUpToTheCap() {
        assertThat(policy.delayAfter(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(6, null)).isEqualTo(Duration.ofSeconds(32));
        assertThat(policy.delayAfter(7, null)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(40, null)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void honoursRetryAfterUpToTheCap() {
        assertThat(policy.delayAfter(1, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(1, Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(4, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 2, Duration.ZERO)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), 2, Duration.ofSeconds(1))).hasMessageContaining("delays");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, 0.5, Duration.ZERO)).hasMessageContaining("multiplier");
    }
}
