package org.anjian.domain.construction.service;

import static org.anjian.domain.construction.testing.Fixture.ADMIN;
import static org.anjian.domain.construction.testing.Fixture.CONTRACTOR_A;
import static org.anjian.domain.construction.testing.Fixture.CONTRACTOR_B;
import static org.anjian.domain.construction.testing.Fixture.LEADER;
import static org.anjian.domain.construction.testing.Fixture.OFFICER_A;
import static org.anjian.domain.construction.testing.Fixture.manager;
import static org.anjian.domain.construction.testing.Fixture.officer;
import static org.anjian.domain.construction.testing.Fixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.domain.construction.module.ConstructionHazardCategories;
import org.anjian.domain.construction.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Projects, their 危大工程's lifecycle and their people, on the real module tables with the platform's fakes. */
class ProjectLifecycleTest {
    private final Fixture f = new Fixture();
    private static final PageRequest PAGE = new PageRequest(0, 50);

    @Test
    void aProjectIsSeenThroughItsContractorOnly() {
        Project a = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        f.projects.create(ADMIN, project("2603-330999-47-01-100648", CONTRACTOR_B, ProjectStatus.PLANNED));
        assertThat(a.enterpriseCreditCode()).isEqualTo(CONTRACTOR_A);
        assertThat(f.projects.search(ADMIN, null, null, PAGE).total()).isEqualTo(2);
        assertThat(f.projects.search(OFFICER_A, null, null, PAGE).items()).extracting(Project::contractorCreditCode)
                .containsExactly(CONTRACTOR_A);
        Project b = f.projects.search(ADMIN, CONTRACTOR_B, null, PAGE).items().get(0);
        assertThatThrownBy(() -> f.projects.get(OFFICER_A, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.works.list(OFFICER_A, b.id(), PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.personnel.add(OFFICER_A, b.id(), manager("2025-01-01")))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.projects.search(ADMIN, null, ProjectStatus.IN_PROGRESS, PAGE).total()).isZero();
    }

    @Test
    void aDuplicateCodeIsAConflictAndChangesNothing() {
        f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_B,
                ProjectStatus.PLANNED))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("projectCode"));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> badProjects() {
        NewProject ok = project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED);
        return Stream.of(
                Arguments.of(with(ok, "projectCode", " "), "projectCode"),
                Arguments.of(with(ok, "name", ""), "name"),
                Arguments.of(with(ok, "contractorCreditCode", "91330999MA0000000X"), "contractorCreditCode"),
                Arguments.of(with(ok, "builderCreditCode", "91330999MA6DM7TB37"), "builderCreditCode"),
                Arguments.of(with(ok, "regionCode", "330999001"), "regionCode"),
                Arguments.of(with(ok, "startDate", "2026-02-30"), "startDate"),
                Arguments.of(with(ok, "plannedCompletionDate", "2025-01-01"), "plannedCompletionDate"),
                Arguments.of(with(ok, "address", "路".repeat(201)), "address"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badProjects")
    void aBadProjectIsRefusedNamingTheFieldAndChangesNothing(NewProject bad, String field) {
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.projects.create(ADMIN, bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aReaderCannotWriteAndAForeignContractorIsRefused() {
        assertThatThrownBy(() -> f.projects.create(LEADER, project("X-1", CONTRACTOR_A, ProjectStatus.PLANNED)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.projects.create(OFFICER_A, project("X-1", CONTRACTOR_B, ProjectStatus.PLANNED)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("contractorCreditCode"));
        assertThat(f.db.count("construction_project")).isZero();
    }

    @Test
    void aBeyondScaleWorkGoesThroughExpertReviewApprovalAndKeyPersonnelBeforeItStarts() {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.IN_PROGRESS));
        DangerousWork w = f.works.add(ADMIN, p.id(), new NewDangerousWork("地下室基坑支护及土方开挖", "EXCAVATION",
                Map.of("depthM", 5.6)));
        assertThat(w.level()).isEqualTo("BEYOND_SCALE");
        assertThat(w.stage()).isEqualTo("PLAN_DRAFTED");
        assertThat(w.requirements()).extracting(r -> r.code()).containsExactly("SPECIAL_PLAN", "EXPERT_REVIEW");
        assertThat(w.basis()).isNotEmpty();

        conflict(() -> stage(p, w, Stage.APPROVED, "2026-06-01"), "MISSING_EXPERT_REVIEW");
        conflict(() -> stage(p, w, Stage.IN_PROGRESS, "2026-06-01"), "MISSING_EXPERT_REVIEW");
        conflict(() -> stage(p, w, Stage.ACCEPTED, "2026-06-01"), "MISSING_START");
        stage(p, w, Stage.EXPERT_REVIEWED, "2026-06-01");
        conflict(() -> stage(p, w, Stage.EXPERT_REVIEWED, "2026-06-02"), "STAGE_REACHED");
        conflict(() -> stage(p, w, Stage.IN_PROGRESS, "2026-06-02"), "MISSING_APPROVAL");
        invalid(() -> stage(p, w, Stage.APPROVED, "2026-05-30"), "on");
        stage(p, w, Stage.APPROVED, "2026-06-03");
        Map<String, Long> before = f.snapshot();
        conflict(() -> stage(p, w, Stage.IN_PROGRESS, "2026-06-04"), "MISSING_KEY_PERSONNEL");
        assertThat(f.snapshot()).isEqualTo(before);

        f.personnel.add(ADMIN, p.id(), manager("2025-01-01"));
        f.personnel.add(ADMIN, p.id(), officer("2025-02-01"));
        stage(p, w, Stage.IN_PROGRESS, "2026-06-04");
        DangerousWork done = stage(p, w, Stage.ACCEPTED, "2026-06-10");
        assertThat(done.stage()).isEqualTo("ACCEPTED");
        assertThat(done.stages()).extracting(DangerousWork.StageReached::stage)
                .containsExactly("EXPERT_REVIEWED", "APPROVED", "IN_PROGRESS", "ACCEPTED");
        assertThat(f.db.count("construction_work_stage")).isEqualTo(4);
    }

    @Test
    void aDangerousWorkHasNoExpertReviewAndStagesAreCheckedAsInput() {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        DangerousWork w = f.works.add(ADMIN, p.id(), new NewDangerousWork("塔吊安装", "LIFTING",
                Map.of("craneInstallation", true)));
        assertThat(w.level()).isEqualTo("DANGEROUS");
        invalid(() -> stage(p, w, Stage.EXPERT_REVIEWED, "2026-06-01"), "stage");
        invalid(() -> stage(p, w, Stage.PLAN_DRAFTED, "2026-06-01"), "stage");
        invalid(() -> stage(p, w, Stage.APPROVED, "2026-06-16"), "on");
        invalid(() -> stage(p, w, Stage.APPROVED, "06/01/2026"), "on");
        invalid(() -> f.works.stage(ADMIN, p.id(), w.id(), new StageRequest(Stage.APPROVED, "2026-06-01", " ", null)), "by");
        stage(p, w, Stage.APPROVED, "2026-06-01");
        conflict(() -> stage(p, w, Stage.IN_PROGRESS, "2026-06-02"), "MISSING_PROJECT_IN_PROGRESS");
    }

    @Test
    void aWorkBelowTheCriteriaOrWithBadParametersIsRefusedAndChangesNothing() {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        Map<String, Long> before = f.snapshot();
        invalid(() -> f.works.add(ADMIN, p.id(), new NewDangerousWork("浅基槽", "EXCAVATION", Map.of("depthM", 1.5))),
                "parameters");
        invalid(() -> f.works.add(ADMIN, p.id(), new NewDangerousWork("基坑", "EXCAVATION", Map.of())), "parameters.depthM");
        invalid(() -> f.works.add(ADMIN, p.id(), new NewDangerousWork("基坑", "TUNNEL", Map.of())), "category");
        invalid(() -> f.works.add(ADMIN, p.id(), new NewDangerousWork(" ", "UNDERWATER", Map.of())), "name");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void certificatesTakeTheirConfiguredValidityAndTheRoleDecidesTheType() {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        Person b = f.personnel.add(ADMIN, p.id(), manager("2024-06-20"));
        assertThat(b.validUntil()).isEqualTo(LocalDate.of(2027, 6, 19));
        assertThat(b.status()).isEqualTo("VALID");
        Person op = f.personnel.add(ADMIN, p.id(), new NewPerson("李师傅", Role.SPECIAL_OPERATOR,
                Role.CertificateType.SPECIAL_OPERATION, "浙03320230012", "建筑起重机械司机", "2024-07-01", null));
        assertThat(op.validUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(op.status()).isEqualTo("EXPIRING");
        Person old = f.personnel.add(ADMIN, p.id(), officer("2023-01-01"));
        assertThat(old.status()).isEqualTo("EXPIRED");
        Map<String, Long> before = f.snapshot();
        invalid(() -> f.personnel.add(ADMIN, p.id(), new NewPerson("王建国", Role.PROJECT_MANAGER, Role.CertificateType.C,
                "X", null, "2025-01-01", null)), "certificateType");
        invalid(() -> f.personnel.add(ADMIN, p.id(), new NewPerson("王建国", Role.PROJECT_MANAGER, Role.CertificateType.B,
                "X", "建筑电工", "2025-01-01", null)), "operationType");
        invalid(() -> f.personnel.add(ADMIN, p.id(), manager("2026-07-01")), "issuedOn");
        invalid(() -> f.personnel.add(ADMIN, p.id(), new NewPerson("王建国", Role.PROJECT_MANAGER, Role.CertificateType.B,
                "X", null, "2025-01-01", "2024-12-31")), "validUntil");
        invalid(() -> f.personnel.add(ADMIN, p.id(), new NewPerson("", Role.PROJECT_MANAGER, Role.CertificateType.B,
                "X", null, "2025-01-01", null)), "name");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aProjectInProgressWithoutKeyPersonnelRegistersOneHazardThatStaffingCloses() {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.IN_PROGRESS));
        assertThat(keyPersonnelHazards()).hasSize(1);
        assertThat(f.checks.checkAll()).isZero();
        assertThat(keyPersonnelHazards()).hasSize(1);
        f.personnel.add(ADMIN, p.id(), manager("2025-01-01"));
        assertThat(f.hazards.all().get(0).status()).isNotEqualTo(HazardStatus.CLOSED);
        f.personnel.add(ADMIN, p.id(), officer("2025-02-01"));
        assertThat(f.hazards.all()).singleElement()
                .satisfies(h -> assertThat(h.status()).isEqualTo(HazardStatus.CLOSED));
        assertThat(f.projects.get(ADMIN, p.id()).keyPersonnel().complete()).isTrue();
    }

    @Test
    void anExpiredCertificateOnASiteInProgressIsAHazardUntilRenewed() {
        Project p = f.projects.create(ADMIN, project("2603-330999-47-01-100231", CONTRACTOR_A, ProjectStatus.PLANNED));
        f.personnel.add(ADMIN, p.id(), manager("2025-01-01"));
        Person expired = f.personnel.add(ADMIN, p.id(), officer("2023-05-01"));
        assertThat(f.hazards.all()).isEmpty();
        f.projects.update(ADMIN, p.id(), project(p.projectCode(), CONTRACTOR_A, ProjectStatus.IN_PROGRESS));
        assertThat(f.hazards.registered()).extracting(h -> h.category()).containsExactlyInAnyOrder(
                ConstructionHazardCategories.KEY_PERSONNEL_MISSING, ConstructionHazardCategories.CERTIFICATE_EXPIRED);
        assertThat(f.checks.checkAll()).isZero();
        f.personnel.update(ADMIN, p.id(), expired.id(), officer("2026-05-01"));
        assertThat(f.hazards.all()).allSatisfy(h -> assertThat(h.status()).isEqualTo(HazardStatus.CLOSED));
    }

    private List<?> keyPersonnelHazards() {
        return f.hazards.registered().stream()
                .filter(h -> ConstructionHazardCategories.KEY_PERSONNEL_MISSING.equals(h.category())).toList();
    }

    private DangerousWork stage(Project p, DangerousWork w, Stage stage, String on) {
        return f.works.stage(ADMIN, p.id(), w.id(), new StageRequest(stage, on, "王建国", null));
    }

    private static void conflict(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo(code));
    }

    private static void invalid(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    private static NewProject with(NewProject p, String field, String value) {
        return new NewProject(field.equals("projectCode") ? value : p.projectCode(), field.equals("name") ? value : p.name(),
                field.equals("builderCreditCode") ? value : p.builderCreditCode(),
                field.equals("contractorCreditCode") ? value : p.contractorCreditCode(),
                field.equals("regionCode") ? value : p.regionCode(), field.equals("address") ? value : p.address(),
                p.status(), field.equals("startDate") ? value : p.startDate(),
                field.equals("plannedCompletionDate") ? value : p.plannedCompletionDate());
    }

}
