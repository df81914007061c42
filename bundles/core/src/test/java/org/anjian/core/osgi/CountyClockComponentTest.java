package org.anjian.core.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CountyClockComponentTest {
    private static CountyClockComponent.Config zone(String zone) {
        return new CountyClockComponent.Config() {
            @Override public String zone() { return zone; }
            @Override public Class<? extends Annotation> annotationType() { return CountyClockComponent.Config.class; }
        };
    }

    @Test
    void theConfiguredZoneDecidesTodayAndABadOneKeepsTheDefault() {
        assertThat(new CountyClockComponent(zone("Asia/Urumqi")).zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        ZoneId platform = PlatformClock.get().getZone();
        assertThat(new CountyClockComponent(zone(" ")).zone()).isEqualTo(platform);
        assertThat(new CountyClockComponent(zone("Mars/Olympus")).zone()).isEqualTo(platform);
        CountyClockComponent county = new CountyClockComponent(zone("Asia/Shanghai"));
        assertThat(county.today()).isEqualTo(java.time.LocalDate.now(county.clock()));
    }
}
