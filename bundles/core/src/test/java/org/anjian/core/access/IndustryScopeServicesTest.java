package org.anjian.core.access;

import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.api.spi.IndustryModule;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.hazard.HazardServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.RecordingEventPublisher;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A sub-committee officer sees and changes only the enterprises (and their hazards) of their domain. */
class IndustryScopeServicesTest {
    static final String OFFICE = "危险化学品安全专业委员会办公室";
    static final String CHEMICAL = CreditCode.withCheckCharacter("91330999000000301");
    static final String MACHINERY = CreditCode.withCheckCharacter("91330999000000302");
    static final AnjianPrincipal OFFICER = new AnjianPrincipal("chem", Set.of(Roles.SUBCOMMITTEE), "330999", OFFICE);
    static final AnjianPrincipal OTHER_OFFICE = new AnjianPrincipal("gas", Set.of(Roles.SUBCOMMITTEE), "330999", "燃气专委办");

    private static final List<IndustryModule> MODULES = new ArrayList<>();
    private static TestDatabase db;
    private static EnterpriseServiceImpl enterprises;
    private static HazardServiceImpl hazards;

    @BeforeAll
    static void start() {
        db = TestDatabase.migrated(IndustryScopeServicesTest.class);
        RegionService regions = db.loadRegions();
        IndustryScope scope = new IndustryScope(() -> List.copyOf(MODULES));
        enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, scope);
        hazards = new HazardServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, new RecordingEventPublisher(),
                new EscalationPolicy(1, 30), List::of, scope);
        MODULES.add(module("chemical", OFFICE, List.of("26", "5162")));
        enterprises.create(Principals.SYSTEM, enterprise(CHEMICAL, "示范县测试化工有限公司", "2614"));
        enterprises.create(Principals.SYSTEM, enterprise(MACHINERY, "示范县测试机械厂", "3311"));
        hazards.register(Principals.SYSTEM, hazard(CHEMICAL));
        hazards.register(Principals.SYSTEM, hazard(MACHINERY));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void theOfficerSeesTheEnterprisesAndHazardsOfTheDomainOnly() {
        assertThat(enterprises.find(OFFICER, CHEMICAL)).isPresent();
        assertThat(enterprises.find(OFFICER, MACHINERY)).isEmpty();
        assertThat(enterprises.search(OFFICER, EnterpriseQuery.all(new PageRequest(0, 50))).items())
                .extracting(Enterprise::creditCode).containsExactly(CHEMICAL);
        List<Hazard> visible = hazards.search(OFFICER, HazardQuery.all(new PageRequest(0, 50))).items();
        assertThat(visible).extracting(Hazard::enterpriseCreditCode).containsExactly(CHEMICAL);
        // the bureau administrator is not limited by industry
        assertThat(enterprises.search(Principals.ADMIN, EnterpriseQuery.all(new PageRequest(0, 50))).total()).isEqualTo(2);
    }

    @Test
    void theOfficerCannotWriteOutsideTheDomain() {
        assertThatThrownBy(() -> enterprises.create(OFFICER,
                enterprise(CreditCode.withCheckCharacter("91330999000000303"), "越界机械厂", "3311")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> hazards.register(OFFICER, hazard(MACHINERY)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("enterpriseCreditCode"));
        assertThat(enterprises.search(Principals.ADMIN, EnterpriseQuery.all(new PageRequest(0, 50))).total()).isEqualTo(2);
    }

    @Test
    void anOfficeNoInstalledModuleNamesSeesNothing() {
        assertThat(enterprises.search(OTHER_OFFICE, EnterpriseQuery.all(new PageRequest(0, 50))).total()).isZero();
        assertThat(hazards.search(OTHER_OFFICE, HazardQuery.all(new PageRequest(0, 50))).total()).isZero();
        assertThat(enterprises.find(OTHER_OFFICE, CHEMICAL)).isEmpty();
    }

    private static Enterprise enterprise(String code, String name, String industry) {
        return new Enterprise(code, name, industry, "文昌路8号", VILLAGE_A, null, List.of(), RiskColour.YELLOW, null, null,
                List.of(), null);
    }

    private static NewHazard hazard(String enterprise) {
        return new NewHazard(enterprise, null, HazardSource.ENFORCEMENT, HazardGrade.GENERAL, "FIRE", "灭火器过期",
                LocalDate.now(TestDatabase.CLOCK).plusDays(5), null, null, null, null, null, null, null);
    }

    private static IndustryModule module(String id, String office, List<String> codes) {
        return new IndustryModule() {
            @Override public String id() { return id; }
            @Override public String nameZh() { return id; }
            @Override public String nameEn() { return id; }
            @Override public String version() { return "1.0.0"; }
            @Override public String subcommittee() { return office; }
            @Override public List<String> industryCodes() { return codes; }
        };
    }
}
