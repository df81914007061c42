package org.anjian.exchange.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.core.testing.Principals;
import org.anjian.exchange.internal.ExchangeScheduler;
import org.anjian.exchange.spi.RetryPolicy;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schedules are Camel cron routes (Quartz): they fire, record their trigger, and go with the peer. */
class ScheduleTest {
    private ExchangeFixture f;
    private DefaultCamelContext camel;

    @BeforeEach
    void start() throws Exception {
        f = new ExchangeFixture(ScheduleTest.class, 0);
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
        f.close();
    }

    @Test
    void cronRoutesRunTheOutboundAndInboundSidesAndLeaveWithThePeer() throws Exception {
        f.enterprise(1);
        ProvinceSettings every2s = new ProvinceSettings(f.sim.soapUrl(), ExchangeFixture.USER, ExchangeFixture.PASSWORD,
                "330999", "0/2 * * * * ?", "1/2 * * * * ?", 50, 100,
                new RetryPolicy(2, Duration.ofMillis(5), 2.0, Duration.ofMillis(10)), Duration.ofSeconds(2),
                Duration.ofSeconds(10));
        f.usePeer(every2s);
        ExchangeScheduler scheduler = new ExchangeScheduler(camel, f.engine, f.inbound);

        scheduler.add(f.peer);

        assertThat(scheduler.routeIds()).containsExactlyInAnyOrder("exchange-province-outbound", "exchange-province-inbound");
        await().atMost(Duration.ofSeconds(20)).until(() -> f.service.runs(Principals.ADMIN, "province", 0, 50).items()
                .stream().filter(r -> !r.status().equals("RUNNING")).map(ExchangeRun::direction).distinct().count() == 2);
        ExchangeRun scheduled = f.service.runs(Principals.ADMIN, "province", 0, 50).items().stream()
                .filter(r -> r.direction().equals("OUTBOUND") && r.status().equals("SUCCEEDED")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(scheduled.trigger()).isEqualTo("schedule");
        assertThat(f.storedKeys()).contains("enterprise:" + ExchangeFixture.creditCode(1) + ":1");

        scheduler.remove("province");
        assertThat(scheduler.routeIds()).isEmpty();
    }

    @Test
    void manualMeansNoRoute() throws Exception {
        f.usePeer(new ProvinceSettings(f.sim.soapUrl(), ExchangeFixture.USER, ExchangeFixture.PASSWORD, "330999",
                "manual", " ", 50, 100, new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO), Duration.ofSeconds(2),
                Duration.ofSeconds(10)));
        ExchangeScheduler scheduler = new ExchangeScheduler(camel, f.engine, f.inbound);
        scheduler.add(f.peer);
        assertThat(scheduler.routeIds()).isEmpty();
    }
}
