package org.anjian.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.events.Notification;
import org.anjian.api.events.NotificationService.Numbered;
import org.anjian.api.events.NotificationService.Subscription;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.api.spi.IndustryModule;
import org.anjian.core.access.IndustryScope;
import org.anjian.core.testing.Principals;
import org.junit.jupiter.api.Test;

/** Each subscriber gets what they may see, numbered; a client that reconnects gets what it missed, scoped the same. */
class NotificationHubTest {
    static final String OFFICE = "危险化学品安全专业委员会办公室";
    static final AnjianPrincipal CHEMICAL_OFFICER = new AnjianPrincipal("chem", Set.of(Roles.SUBCOMMITTEE), "330999", OFFICE);
    static final String CHEMICAL_FIRM = "913309990000006011";
    static final String MACHINE_FIRM = "913309990000006022";

    private final NotificationHub hub = new NotificationHub(new IndustryScope(() -> List.of(chemical())),
            code -> Optional.ofNullable(Map.of(CHEMICAL_FIRM, "2614", MACHINE_FIRM, "3311").get(code)), 3);

    @Test
    void subscribersReceiveOnlyWhatTheirJurisdictionCovers() {
        List<Numbered> admin = new ArrayList<>();
        List<Numbered> townshipA = new ArrayList<>();
        List<Numbered> grid = new ArrayList<>();
        List<Numbered> chemical = new ArrayList<>();
        hub.subscribe(Principals.ADMIN, null, admin::add);
        hub.subscribe(Principals.OFFICER_A, null, townshipA::add);
        hub.subscribe(Principals.GRID_MEMBER_A, null, grid::add);
        hub.subscribe(CHEMICAL_OFFICER, null, chemical::add);

        hub.deliver(notice("A 村", "330999001001", null, CHEMICAL_FIRM));
        hub.deliver(notice("A 网格", "330999001001", "330999001001001", MACHINE_FIRM));
        hub.deliver(notice("B 村", "330999101001", null, MACHINE_FIRM));

        assertThat(admin).extracting(n -> n.notification().title()).containsExactly("A 村", "A 网格", "B 村");
        assertThat(admin).extracting(Numbered::id).containsExactly(1L, 2L, 3L);
        assertThat(townshipA).extracting(n -> n.notification().title()).containsExactly("A 村", "A 网格");
        assertThat(grid).extracting(n -> n.notification().title()).containsExactly("A 网格");
        assertThat(chemical).as("the chemical office: its industries only, looked up by credit code")
                .extracting(n -> n.notification().title()).containsExactly("A 村");
        assertThat(chemical.get(0).notification().industryCode()).isEqualTo("2614");
        assertThat(hub.subscribers()).isEqualTo(4);
    }

    @Test
    void aReconnectingClientGetsWhatItMissedThenLiveOnes() {
        hub.deliver(notice("一", "330999001001", null, null));
        hub.deliver(notice("二", "330999101001", null, null));
        hub.deliver(notice("三", "330999001001", null, null));

        List<Numbered> got = new ArrayList<>();
        Subscription s = hub.subscribe(Principals.OFFICER_A, 1L, got::add);
        hub.deliver(notice("四", "330999001001", null, null));
        s.close();
        hub.deliver(notice("五", "330999001001", null, null));

        assertThat(got).extracting(n -> n.notification().title()).containsExactly("三", "四");
        assertThat(got).extracting(Numbered::id).containsExactly(3L, 4L);
        assertThat(hub.subscribers()).isZero();
    }

    @Test
    void onlyTheLatestAreRememberedAndRecentIsNewestFirstAndScoped() {
        for (int i = 1; i <= 5; i++) {
            hub.deliver(notice("第" + i + "条", i % 2 == 0 ? "330999101001" : "330999001001", null, null));
        }
        assertThat(hub.recent(Principals.ADMIN, 10)).extracting(Numbered::id).containsExactly(5L, 4L, 3L);
        assertThat(hub.recent(Principals.ADMIN, 2)).extracting(Numbered::id).containsExactly(5L, 4L);
        assertThat(hub.recent(Principals.OFFICER_B, 10)).extracting(Numbered::id).containsExactly(4L);
        List<Numbered> replay = new ArrayList<>();
        hub.subscribe(Principals.ADMIN, 0L, replay::add);
        assertThat(replay).as("what was forgotten is not replayed").extracting(Numbered::id).containsExactly(3L, 4L, 5L);
    }

    private static Notification notice(String title, String region, String grid, String enterprise) {
        return new Notification("HAZARD_REGISTERED", Instant.parse("2026-06-15T02:00:00Z"), title, region, grid,
                enterprise, null, null, null, Notification.WARNING);
    }

    private static IndustryModule chemical() {
        return new IndustryModule() {
            @Override public String id() { return "chemical"; }
            @Override public String nameZh() { return "化工"; }
            @Override public String nameEn() { return "chemical"; }
            @Override public String version() { return "1.0.0"; }
            @Override public String subcommittee() { return OFFICE; }
            @Override public List<String> industryCodes() { return List.of("26"); }
        };
    }
}
