package org.anjian.domain.chemical.service;

import java.util.Map;
import org.anjian.domain.chemical.rules.SpecialWorkGrade;
import org.anjian.domain.chemical.rules.SpecialWorkType;
import static org.anjian.domain.chemical.service.ParkServiceTest.assertField;
import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.anjian.domain.chemical.support.Fakes.ENT_B;
import static org.anjian.domain.chemical.support.Fakes.TOWN_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.anjian.api.common.PageRequest;
import org.anjian.domain.chemical.rules.PermitValidityPolicy;
import org.anjian.domain.chemical.store.WorkPermit;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PermitServiceTest extends DbTestBase {
    private PermitService permits;

    @BeforeEach
    void setUp() {
        permits = PermitService.of(db, enterprises, clock, PermitValidityPolicy.defaults());
    }

    private static PermitService.NewPermit permit(String enterprise, String type, String grade, Instant from,
                                                  Duration length) {
        return new PermitService.NewPermit(enterprise, SpecialWorkType.valueOf(type),
                grade == null || grade.isEmpty() ? null : SpecialWorkGrade.valueOf(grade), from, from.plus(length),
                "液氨储罐区 T-101", "王工", "李监护");
    }

    @Test
    void filesAPermitWithinTheMaximumValidity() {
        WorkPermit p = permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", "GRADE1", NOW, Duration.ofHours(8)));
        assertThat(p.status()).isEqualTo("FILED");
        assertThat(p.regionCode()).isEqualTo(TOWN_A + "003");
        assertThat(count("chemical_work_permit")).isEqualTo(1);
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE record_type = 'chemical.workPermit'")).isEqualTo(1);
        assertThat(testDb.number("SELECT COUNT(*) FROM audit_entry WHERE target_type = 'chemical.workPermit'"))
                .isEqualTo(1);
        permits.create(Fakes.admin(), permit(ENT_A, "CONFINED_SPACE", null, NOW, Duration.ofHours(24)));
        permits.create(Fakes.admin(), permit(ENT_A, "TEMPORARY_POWER", "", NOW, Duration.ofDays(15)));
    }

    @Test
    void tooLongOrMalformedPermitsAreRejectedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = snapshot();
        assertField(() -> permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", "GRADE1", NOW,
                Duration.ofHours(8).plusSeconds(1))), "validUntil");
        assertField(() -> permits.create(Fakes.admin(), permit(ENT_A, "CONFINED_SPACE", null, NOW,
                Duration.ofHours(25))), "validUntil");
        assertField(() -> permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", "GRADE1", NOW,
                Duration.ofHours(-1))), "validUntil");
        assertField(() -> permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", null, NOW, Duration.ofHours(1))),
                "grade");
        assertField(() -> permits.create(Fakes.admin(), permit(ENT_A, "CONFINED_SPACE", "GRADE1", NOW,
                Duration.ofHours(1))), "grade");
        assertField(() -> permits.create(Fakes.admin(), new PermitService.NewPermit(ENT_A, null, null,
                NOW, NOW.plusSeconds(60), "x", "y", "z")), "workType");
        assertField(() -> permits.create(Fakes.admin(), new PermitService.NewPermit(ENT_A,
                SpecialWorkType.CONFINED_SPACE, null, null, NOW, "x", "y", "z")), "validFrom");
        assertField(() -> permits.create(Fakes.admin(), new PermitService.NewPermit(ENT_A,
                SpecialWorkType.CONFINED_SPACE, null, NOW, NOW.plusSeconds(60), "x", null, "z")), "applicant");
        assertField(() -> permits.create(Fakes.township(TOWN_A), permit(ENT_B, "CONFINED_SPACE", null, NOW,
                Duration.ofHours(1))), "enterpriseCreditCode");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void activeMeansNowWithinTheWindowAndListsAreScoped() {
        permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", "GRADE2", NOW.minus(Duration.ofHours(2)),
                Duration.ofHours(4)));
        permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", "GRADE2", NOW.minus(Duration.ofHours(30)),
                Duration.ofHours(4)));
        permits.create(Fakes.admin(), permit(ENT_A, "HOT_WORK", "GRADE2", NOW.plus(Duration.ofHours(2)),
                Duration.ofHours(4)));
        permits.create(Fakes.admin(), permit(ENT_B, "LIFTING", "GRADE3", NOW.minus(Duration.ofHours(1)),
                Duration.ofHours(4)));
        PageRequest page = PageRequest.of(null, null);
        assertThat(permits.search(Fakes.admin(), null, null, page).total()).isEqualTo(4);
        assertThat(permits.search(Fakes.admin(), null, true, page).total()).isEqualTo(2);
        assertThat(permits.search(Fakes.admin(), ENT_A, true, page).total()).isEqualTo(1);
        assertThat(permits.search(Fakes.township(TOWN_A), null, null, page).items())
                .allMatch(p -> p.enterpriseCreditCode().equals(ENT_A)).hasSize(3);
    }
}
