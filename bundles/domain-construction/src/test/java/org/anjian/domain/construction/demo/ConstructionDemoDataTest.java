package org.anjian.domain.construction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.api.common.PageRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.construction.module.ConstructionHazardCategories;
import org.anjian.domain.construction.service.ProjectStatus;
import org.anjian.domain.construction.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;

class ConstructionDemoDataTest {
    private final Fixture f = new Fixture();
    private final AnjianPrincipal reader = AnjianPrincipal.system("test");

    private ConstructionDemoData loader() {
        for (int i = 1; i <= 8; i++) {
            f.enterprises.add("91330999DEMO" + String.format("%06d", i), "示范县建设工程公司" + i, i % 2 == 0 ? "4710" : "4811",
                    i % 2 == 0 ? "330999001001" : "330999101001");
        }
        return new ConstructionDemoData(f.enterprises, f.projects, f.works, f.personnel);
    }

    @Test
    void loadsProjectsInEveryStatusWithWorksPeopleAndTheirHazardsOnce() {
        ConstructionDemoData loader = loader();
        assertThat(loader.id()).isEqualTo("demo-construction-2026.1");
        String summary = loader.load(TestCounty.CLOCK);
        assertThat(f.db.count("construction_project")).isEqualTo(ConstructionDemoData.SITES.size());
        long works = f.db.count("construction_dangerous_work");
        assertThat(summary).isEqualTo(ConstructionDemoData.SITES.size() + " projects, " + works + " dangerous works");
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(f.projects.search(reader, null, s, PageRequest.of(0, 50)).total()).as(s.name()).isPositive();
        }
        assertThat(f.hazards.registered()).extracting(h -> h.category())
                .contains(ConstructionHazardCategories.KEY_PERSONNEL_MISSING, ConstructionHazardCategories.CERTIFICATE_EXPIRED);
        assertThat(f.db.count("construction_work_stage")).isGreaterThan(works);
        int hazards = f.hazards.registered().size();

        assertThat(loader.load(TestCounty.CLOCK)).isEqualTo("0 projects, 0 dangerous works");
        assertThat(f.db.count("construction_project")).isEqualTo(ConstructionDemoData.SITES.size());
        assertThat(f.db.count("construction_dangerous_work")).isEqualTo(works);
        assertThat(f.hazards.registered()).hasSize(hazards);
    }
}
