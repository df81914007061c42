package org.anjian.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The test county 示范县 (330999) and the fixed time of the module tests. */
public final class TestCounty {
    /** 10:00 in Shanghai on 2026-06-15: "today" is 2026-06-15. */
    public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    public static final String COUNTY = "330999000000";
    public static final String TOWNSHIP_A = "330999001000";
    public static final String TOWNSHIP_B = "330999101000";
    public static final String VILLAGE_A = "330999001001";
    public static final String GRID_A = "330999001001001";

    private TestCounty() {
    }
}
