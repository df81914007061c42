package org.anjian.domain.specialequipment.testing;

import org.anjian.testkit.FakeEnterprises;
import org.anjian.testkit.FakeHazards;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.specialequipment.rules.InspectionIntervalPolicy;
import org.anjian.domain.specialequipment.service.NewEquipment;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.anjian.testkit.ModuleTestDatabase;
import org.anjian.testkit.TestCounty;
import org.anjian.testkit.TestPrincipals;

/** A migrated database, fake platform services and the service under test. */
public class Fixture {
    public static final String TOWNSHIP_A = "330999001000";
    public static final String TOWNSHIP_B = "330999101000";
    public static final String CC_A = "91330999MA1W7EBB43";
    public static final String CC_B = "91330999592069393T";
    public static final AnjianPrincipal ADMIN = TestPrincipals.ADMIN;
    public static final AnjianPrincipal OFFICER_A = TestPrincipals.township("officer-a", "330999001");
    public static final AnjianPrincipal LEADER = TestPrincipals.LEADER;
    /** The tables a special-equipment write may touch. */
    public static final String[] TABLES = {"se_equipment", "se_inspection", "se_overdue_hazard", "se_elevator_event"};

    public final ModuleTestDatabase db = ModuleTestDatabase.create("special-equipment");
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeHazards hazards = new FakeHazards(enterprises);
    public final SpecialEquipmentService service;

    public Fixture() {
        this(SpecialEquipmentService.Settings.defaults(InspectionIntervalPolicy.bundled()));
    }

    public Fixture(SpecialEquipmentService.Settings settings) {
        enterprises.add(CC_A, "示范县金诚阀门有限公司", "3443", "330999001001");
        enterprises.add(CC_B, "示范县益民钢结构有限公司", "3311", "330999101001");
        service = new SpecialEquipmentService(db.database(), enterprises, hazards, settings, TestCounty.CLOCK);
    }

    /** Row counts of the module's tables, the outbox and the audit log: what a refused write must not change. */
    public java.util.Map<String, Long> snapshot() {
        return db.snapshot(TABLES);
    }

    /** An elevator (3100) of enterprise A, last inspected on the given day (ISO) or never (null). */
    public static NewEquipment elevator(String code, String lastInspection) {
        return new NewEquipment(CC_A, "3100", code, null, "梯11浙JX00001(16)", "1号楼1号梯", "示范县安达电梯工程有限公司",
                "33099900001", null, lastInspection, null, null);
    }

    public static NewEquipment equipment(String creditCode, String category, String code, Integer grade,
                                         String lastInspection) {
        return new NewEquipment(creditCode, category, code, null, null, null, null, null, grade, lastInspection, null,
                null);
    }

    /** A valid 18-character 特种设备代码 of the category with the given sequence number. */
    public static String code(String category, int seq) {
        return category + "33012" + "2016" + String.format("%05d", seq);
    }
}
