package org.anjian.domain.gas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.api.common.PageRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.gas.rules.CylinderRules;
import org.anjian.domain.gas.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;

class GasDemoDataTest {
    private final Fixture f = new Fixture();
    private final AnjianPrincipal reader = AnjianPrincipal.system("test");

    private GasDemoData loader() {
        for (int i = 1; i <= 2; i++) {
            f.enterprises.add("91330999DEMOG" + String.format("%05d", i), "示范县燃气公司" + i, "4511", "330999001001");
        }
        for (int i = 3; i <= 5; i++) {
            f.enterprises.add("91330999DEMOL" + String.format("%05d", i), "示范县液化气公司" + i, "4512", "330999101001");
        }
        for (int i = 1; i <= 12; i++) {
            f.enterprises.add("91330999DEMOC" + String.format("%05d", i), "示范县餐馆" + i, "6220",
                    i % 2 == 0 ? "330999001002" : "330999101002");
        }
        return new GasDemoData(f.enterprises, f.operators, f.users, f.cylinders, f.alarms);
    }

    @Test
    void loadsOperatorsUsersCylindersAndAlarmsOnce() {
        GasDemoData loader = loader();
        assertThat(loader.id()).isEqualTo("demo-gas-2026.1");
        String summary = loader.load(TestCounty.CLOCK);
        long operators = f.db.count("gas_operator");
        long users = f.db.count("gas_user");
        long cylinders = f.db.count("gas_cylinder");
        assertThat(operators).isEqualTo(6); // 2 pipeline, 4 bottled-LPG (the fixture's and 3)
        assertThat(summary).isEqualTo(operators + " operators, " + users + " users, " + cylinders + " cylinders, 3 alarms");
        assertThat(f.cylinders.search(reader, null, null, CylinderRules.Inspection.OVERDUE, PageRequest.of(0, 500)).total())
                .isPositive();
        assertThat(f.users.search(reader, null, null, null, false, null, PageRequest.of(0, 500)).total()).isPositive();
        assertThat(f.db.count("gas_cylinder_event")).isGreaterThan(cylinders / 2);
        assertThat(f.alarms.escalate(TestCounty.NOW)).isEqualTo(1);

        assertThat(loader.load(TestCounty.CLOCK)).startsWith(operators + " operators, 0 users, 0 cylinders, 0 alarms");
        assertThat(f.db.count("gas_user")).isEqualTo(users);
        assertThat(f.db.count("gas_cylinder")).isEqualTo(cylinders);
    }
}
