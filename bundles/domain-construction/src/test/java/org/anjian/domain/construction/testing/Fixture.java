package org.anjian.domain.construction.testing;

import java.lang.annotation.Annotation;
import java.util.Map;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.construction.service.ConstructionConfig;
import org.anjian.domain.construction.service.DangerousWorkRules;
import org.anjian.domain.construction.service.DangerousWorkService;
import org.anjian.domain.construction.service.NewPerson;
import org.anjian.domain.construction.service.NewProject;
import org.anjian.domain.construction.service.PersonnelService;
import org.anjian.domain.construction.service.ProjectService;
import org.anjian.domain.construction.service.ProjectStatus;
import org.anjian.domain.construction.service.Role;
import org.anjian.domain.construction.service.SiteChecks;
import org.anjian.testkit.FakeEnterprises;
import org.anjian.testkit.FakeHazards;
import org.anjian.testkit.ModuleTestDatabase;
import org.anjian.testkit.TestCounty;
import org.anjian.testkit.TestPrincipals;

/** A migrated database, the platform's fakes and the construction services wired as DS wires them. */
public class Fixture {
    /** Contractors in township A (城关) and B (临江), and a builder. */
    public static final String CONTRACTOR_A = "9133099905748865XQ";
    public static final String CONTRACTOR_B = "91330999144521083H";
    public static final String BUILDER = "91330999MA1W7EBB43";
    public static final AnjianPrincipal ADMIN = TestPrincipals.ADMIN;
    public static final AnjianPrincipal OFFICER_A = TestPrincipals.township("officer-a", "330999001");
    public static final AnjianPrincipal LEADER = TestPrincipals.LEADER;
    /** The tables a construction write may touch. */
    public static final String[] TABLES = {"construction_project", "construction_dangerous_work",
            "construction_work_stage", "construction_person", "construction_site_hazard"};

    public final ModuleTestDatabase db = ModuleTestDatabase.create("construction");
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeHazards hazards = new FakeHazards(enterprises);
    public final DangerousWorkRules rules = DangerousWorkRules.of();
    public final SiteChecks checks = SiteChecks.of(db.database(), hazards, TestCounty.CLOCK);
    public final ProjectService projects = ProjectService.of(db.database(), enterprises, checks, TestCounty.CLOCK);
    public final DangerousWorkService works = DangerousWorkService.of(db.database(), projects, rules, TestCounty.CLOCK);
    public final PersonnelService personnel = PersonnelService.of(db.database(), projects, checks, TestCounty.CLOCK,
            config(Map.of()));

    public Fixture() {
        enterprises.add(CONTRACTOR_A, "示范县和顺建筑工程有限公司", "4710", "330999001004");
        enterprises.add(CONTRACTOR_B, "示范县天鸿建设有限公司", "4710", "330999101004");
        enterprises.add(BUILDER, "示范县城市建设投资集团有限公司", "7212", "330999001001");
    }

    public Map<String, Long> snapshot() {
        return db.snapshot(TABLES);
    }

    public static NewProject project(String code, String contractor, ProjectStatus status) {
        return new NewProject(code, "文昌路安置小区二期工程", BUILDER, contractor, "330999001004", "城关街道文昌路",
                status, "2026-03-01", "2027-09-30");
    }

    public static NewPerson manager(String issuedOn) {
        return new NewPerson("王建国", Role.PROJECT_MANAGER, Role.CertificateType.B, "浙建安B（2024）0030210", null,
                issuedOn, null);
    }

    public static NewPerson officer(String issuedOn) {
        return new NewPerson("郑晓东", Role.SAFETY_OFFICER, Role.CertificateType.C, "浙建安C3（2025）0051007", null,
                issuedOn, null);
    }

    /** The configuration with these values (the rest at their defaults), as ConfigAdmin gives it. */
    public static ConstructionConfig config(Map<String, Object> values) {
        return new ConstructionConfig() {
            @Override public Class<? extends Annotation> annotationType() { return ConstructionConfig.class; }
            @Override public String[] thresholds() { return (String[]) values.getOrDefault("thresholds", new String[0]); }
            @Override public int safetyCertificateYears() { return (int) values.getOrDefault("safetyCertificateYears", 3); }
            @Override public int specialOperationCertificateYears() {
                return (int) values.getOrDefault("specialOperationCertificateYears", 2);
            }
            @Override public int expiringWithinDays() { return (int) values.getOrDefault("expiringWithinDays", 30); }
            @Override public int checkIntervalMinutes() { return (int) values.getOrDefault("checkIntervalMinutes", 60); }
        };
    }
}
