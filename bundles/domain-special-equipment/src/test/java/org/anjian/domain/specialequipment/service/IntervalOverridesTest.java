package org.anjian.domain.specialequipment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalOverridesTest {

    @Test
    void parsesIsoPeriodsAndWholeMonthsWithGradeConditions() {
        Map<String, Period> m = IntervalOverrides.parse(new String[] {"3000=P12M", " 4300 = 6 ",
                "2100;safetyConditionGrade=3=P4Y", ""});
        assertThat(m).containsEntry("3000", Period.ofMonths(12)).containsEntry("4300", Period.ofMonths(6))
                .containsEntry("2100;safetyConditionGrade=3", Period.ofYears(4)).hasSize(3);
        assertThat(IntervalOverrides.parse(null)).isEmpty();
        assertThat(IntervalOverrides.parse(new String[0])).isEmpty();
    }

    @Test
    void rejectsMalformedEntries() {
        assertThatThrownBy(() -> IntervalOverrides.parse(new String[] {"3000"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntervalOverrides.parse(new String[] {"3000=a year"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntervalOverrides.policy(new String[] {"ZZZZ=P1Y"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntervalOverrides.policy(new String[] {"3000=P0M"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layersOverTheBundledTable() {
        assertThat(IntervalOverrides.policy(new String[] {"3000=P6M"}).interval("3100", null)).contains(Period.ofMonths(6));
        assertThat(IntervalOverrides.policy(new String[0]).interval("3100", null)).contains(Period.ofMonths(12));
    }
}
