package org.anjian.domain.chemical.service;

import java.util.Map;
import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.anjian.domain.chemical.support.Fakes.ENT_A2;
import static org.anjian.domain.chemical.support.Fakes.ENT_B;
import static org.anjian.domain.chemical.support.Fakes.TOWN_A;
import static org.anjian.domain.chemical.support.Fakes.TOWN_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.domain.chemical.store.Park;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParkServiceTest extends DbTestBase {
    private ParkService parks;

    @BeforeEach
    void setUp() {
        parks = ParkService.of(db, enterprises, clock);
    }

    private ParkService.NewPark park(String code, String region, String grade, List<String> members) {
        return new ParkService.NewPark(code, "示范县临江化工园区", region, grade, members);
    }

    @Test
    void createsAParkWithMembersOutboxAndAudit() {
        Park p = parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "B", List.of(ENT_A, ENT_A2)));
        assertThat(p.version()).isEqualTo(1);
        assertThat(parks.find(Fakes.admin(), p.id()).members()).containsExactly(ENT_A2, ENT_A);
        assertThat(count("chemical_park_member")).isEqualTo(2);
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE record_type = 'chemical.chemicalPark'"
                + " AND record_id = '" + p.id() + "'")).isEqualTo(1);
        assertThat(testDb.number("SELECT COUNT(*) FROM audit_entry WHERE target_type = 'chemical.chemicalPark'"))
                .isEqualTo(1);
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        Map<String, Long> before = snapshot();
        assertField(() -> parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "E", List.of())), "safetyGrade");
        assertField(() -> parks.create(Fakes.admin(), park("P1", "12345", "A", List.of())), "regionCode");
        assertField(() -> parks.create(Fakes.admin(), park(" ", TOWN_A + "000", "A", List.of())), "code");
        assertField(() -> parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "A", List.of(ENT_A, "nope"))),
                "members[1]");
        assertField(() -> parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "A", List.of(ENT_A, ENT_A))),
                "members[1]");
        assertField(() -> parks.create(Fakes.admin(), null), "body");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void duplicateCodeIsAConflict() {
        parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "A", List.of()));
        Map<String, Long> before = snapshot();
        assertThatThrownBy(() -> parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "A", List.of())))
                .isInstanceOf(ConflictException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void membersAreReplacedAndMustBeVisible() {
        Park p = parks.create(Fakes.admin(), park("P1", TOWN_A + "000", "A", List.of(ENT_A)));
        Park after = parks.replaceMembers(Fakes.admin(), p.id(), new ParkService.Members(List.of(ENT_A2, ENT_B)));
        assertThat(after.version()).isEqualTo(2);
        assertThat(parks.find(Fakes.admin(), p.id()).members()).containsExactlyInAnyOrder(ENT_A2, ENT_B);
        Map<String, Long> before = snapshot();
        // a township-A officer cannot name an enterprise of township B
        assertField(() -> parks.replaceMembers(Fakes.township(TOWN_A), p.id(),
                new ParkService.Members(List.of(ENT_A, ENT_B))), "members[1]");
        assertField(() -> parks.replaceMembers(Fakes.admin(), p.id(), new ParkService.Members(null)), "members");
        assertThatThrownBy(() -> parks.replaceMembers(Fakes.admin(), "missing", new ParkService.Members(List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void jurisdictionScopesReadsAndWrites() {
        Park a = parks.create(Fakes.admin(), park("PA", TOWN_A + "000", "B", List.of()));
        Park b = parks.create(Fakes.admin(), park("PB", TOWN_B + "000", "C", List.of()));
        assertThat(parks.search(Fakes.township(TOWN_A), PageRequest.of(null, null)).items())
                .extracting(Park::id).containsExactly(a.id());
        assertThat(parks.search(Fakes.admin(), PageRequest.of(null, null)).total()).isEqualTo(2);
        assertThatThrownBy(() -> parks.find(Fakes.township(TOWN_A), b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> parks.replaceMembers(Fakes.township(TOWN_A), b.id(),
                new ParkService.Members(List.of()))).isInstanceOf(NotFoundException.class);
        assertField(() -> parks.create(Fakes.township(TOWN_A), park("PX", TOWN_B + "000", "A", List.of())),
                "regionCode");
        assertThatThrownBy(() -> parks.create(Fakes.leader(), park("PL", TOWN_A + "000", "A", List.of())))
                .isInstanceOf(ForbiddenException.class);
    }

    static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }
}
