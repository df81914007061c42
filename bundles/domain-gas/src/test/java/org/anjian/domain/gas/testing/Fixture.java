package org.anjian.domain.gas.testing;

import java.util.List;
import java.util.Map;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.gas.rules.CylinderRules;
import org.anjian.domain.gas.service.AlarmService;
import org.anjian.domain.gas.service.CylinderService;
import org.anjian.domain.gas.service.GasUser;
import org.anjian.domain.gas.service.GasUserService;
import org.anjian.domain.gas.service.Kinds;
import org.anjian.domain.gas.service.NewGasUser;
import org.anjian.domain.gas.service.NewOperator;
import org.anjian.domain.gas.service.Operator;
import org.anjian.domain.gas.service.OperatorService;
import org.anjian.testkit.FakeEnterprises;
import org.anjian.testkit.FakeHazards;
import org.anjian.testkit.ModuleTestDatabase;
import org.anjian.testkit.TestCounty;
import org.anjian.testkit.TestPrincipals;

/** A migrated database, the platform's fakes and the gas services wired as DS wires them. */
public class Fixture {
    /** An LPG operator in township A (城关), a restaurant there and one in township B (临江). */
    public static final String LPG = "91330999MA5GDEQD1X";
    public static final String RESTAURANT_A = "91330999793044117W";
    public static final String RESTAURANT_B = "91330999057938171X";
    public static final AnjianPrincipal ADMIN = TestPrincipals.ADMIN;
    public static final AnjianPrincipal OFFICER_A = TestPrincipals.township("officer-a", "330999001");
    public static final AnjianPrincipal OFFICER_B = TestPrincipals.township("officer-b", "330999101");
    public static final String[] TABLES = {"gas_operator", "gas_station", "gas_user", "gas_cylinder",
            "gas_cylinder_event", "gas_alarm"};

    public final ModuleTestDatabase db = ModuleTestDatabase.create("gas");
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeHazards hazards = new FakeHazards(enterprises);
    public final OperatorService operators = OperatorService.of(db.database(), enterprises, TestCounty.CLOCK, 30);
    public final GasUserService users = GasUserService.of(db.database(), enterprises, TestCounty.CLOCK);
    public final CylinderService cylinders = CylinderService.of(db.database(), enterprises, operators, users,
            TestCounty.CLOCK, CylinderRules.defaults());
    public final AlarmService alarms = AlarmService.of(db.database(), enterprises, hazards, users, TestCounty.CLOCK, 30);

    public Fixture() {
        enterprises.add(LPG, "示范县宏远石油液化气有限公司", "4512", "330999001004");
        enterprises.add(RESTAURANT_A, "示范县食尚快餐有限公司", "6220", "330999001002");
        enterprises.add(RESTAURANT_B, "示范县食尚小吃有限公司", "6291", "330999101003");
    }

    public Map<String, Long> snapshot() {
        return db.snapshot(TABLES);
    }

    /** The LPG operator with its filling station. */
    public Operator operator() {
        return operators.create(ADMIN, new NewOperator(LPG, "浙20243309990011P", Kinds.OperatorScope.BOTTLED_LPG,
                "2024-01-01", "2029-01-01", List.of(new NewOperator.NewStation("宏远充装站",
                        Kinds.StationKind.FILLING_STATION, "白沙镇白沙村102号", "330999001004"))));
    }

    public GasUser restaurant(String creditCode, Kinds.Device alarm) {
        return users.create(ADMIN, new NewGasUser(Kinds.UserKind.CATERING, "食尚快餐", "城关街道县前街12号", "330999001002",
                creditCode, LPG, alarm, Kinds.Device.WORKING));
    }
}
