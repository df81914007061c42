package org.anjian.exchange.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.InboundRequest;
import org.anjian.api.exchange.UnauthenticatedPeerException;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.anjian.exchange.http.HmacSigner;
import org.anjian.exchange.spi.PeerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances of one peer kind (a factory configuration each, with a region scope), and callbacks a peer
 * pushes: on the real exchange tables, engine and services.
 */
class PeerInstancesAndCallbacksTest {
    private static final String EAST = PeerSettings.instanceId("grid", Map.of("instance", "330999001"));
    private static final String WEST = PeerSettings.instanceId("grid", Map.of("instance", "330999101"));
    private ExchangeFixture f;
    private TestPeer east;
    private TestPeer west;
    private final HmacSigner signer = new HmacSigner(TestPeer.APP_KEY, TestPeer.SECRET, TestDatabase.CLOCK);

    @BeforeEach
    void start() throws Exception {
        f = new ExchangeFixture(PeerInstancesAndCallbacksTest.class, 0);
        east = new TestPeer(EAST, "330999001", TestDatabase.CLOCK);
        west = new TestPeer(WEST, "330999101", TestDatabase.CLOCK);
        f.peers.add(east);
        f.peers.add(west);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private void enterpriseIn(int n, String village) {
        f.enterprises.create(Principals.SYSTEM, new Enterprise(ExchangeFixture.creditCode(n), "测试企业" + n + "有限公司",
                "2614", "西山路" + n + "号", village, null, List.of(), RiskColour.BLUE, Assessment.GOOD,
                StandardizationGrade.LEVEL3, List.of(), null));
    }

    @Test
    void eachInstanceTakesItsOwnRegionWithItsOwnLedgerBacklogAndDeadLetters() {
        for (int i = 1; i <= 3; i++) {
            enterpriseIn(i, TestDatabase.VILLAGE_A);
        }
        enterpriseIn(4, TestDatabase.VILLAGE_B);
        enterpriseIn(5, TestDatabase.VILLAGE_B);
        f.outboxRow("enterprise", "broken", 0, TestDatabase.VILLAGE_B, "not json");

        assertThat(f.service.backlog(Principals.ADMIN, EAST).pending()).isEqualTo(3);
        assertThat(f.service.backlog(Principals.ADMIN, WEST).pending()).isEqualTo(3);
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).as("no scope: every row").isEqualTo(6);

        ExchangeRun e = f.service.runNow(Principals.ADMIN, EAST);
        assertThat(e.acknowledged()).isEqualTo(3);
        assertThat(e.dead()).isZero();
        assertThat(e.skipped()).as("rows outside the scope are not offered, not skipped one by one").isZero();
        assertThat(east.received).hasSize(3).allMatch(k -> k.startsWith("enterprise:91330999"));
        assertThat(f.service.backlog(Principals.ADMIN, EAST).pending()).isZero();
        assertThat(f.service.backlog(Principals.ADMIN, WEST).pending()).as("the other instance's backlog is its own")
                .isEqualTo(3);

        ExchangeRun w = f.service.runNow(Principals.ADMIN, WEST);
        assertThat(w.acknowledged()).isEqualTo(2);
        assertThat(w.dead()).isEqualTo(1);
        assertThat(west.received).hasSize(2).doesNotContainAnyElementsOf(east.received);
        assertThat(f.service.deadLetters(Principals.ADMIN, WEST, null, 0, 10).total()).isEqualTo(1);
        assertThat(f.service.deadLetters(Principals.ADMIN, EAST, null, 0, 10).total()).isZero();
        assertThat(f.service.runs(Principals.ADMIN, EAST, 0, 10).items()).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(e.id()));
        assertThat(f.service.backlog(Principals.ADMIN, "province").pending()).as("province untouched").isEqualTo(6);

        // the low-water mark of a scoped peer passes the rows outside its scope (the retention can purge them)
        org.anjian.exchange.internal.ExchangeStore later = new org.anjian.exchange.internal.ExchangeStore(
                f.store.database(), java.time.Clock.offset(TestDatabase.CLOCK, java.time.Duration.ofDays(1)));
        later.advanceLowWater(EAST, "330999001", java.time.Duration.ofMinutes(5));
        assertThat(later.lowWater(EAST)).isEqualTo(f.db.queryCount("SELECT MAX(id) FROM outbox"));
    }

    @Test
    void aPeerIdMustBeAPathSegmentOfItsOwn() {
        for (String bad : new String[] {"runs", "dead-letters", "Grid", "grid/1", ""}) {
            assertThatThrownBy(() -> f.peers.add(new TestPeer(bad, "", TestDatabase.CLOCK))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peer id");
        }
    }

    private InboundRequest signed(String peer, String resource, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/exchange/" + peer + "/" + resource;
        return new InboundRequest("POST", path, resource, "", bytes, signer.headers("POST", path, "", bytes));
    }

    @Test
    void aSignedCallbackIsKeptOnceWithALedgerEntryAndAnUnsignedOneChangesNothing() {
        String body = "{\"reports\":[{\"id\":\"R-1\",\"title\":\"楼道堆放杂物\"},{\"id\":\"R-2\",\"title\":\"电动车违规充电\"}]}";
        InboundRequest request = signed(WEST, "reports", body);

        assertThat(f.service.receive(WEST, request).json()).isEqualTo("{\"received\":2}");
        assertThat(f.store.inbound(WEST, "R-1")).hasValueSatisfying(r -> {
            assertThat(r.rawPayload()).contains("楼道堆放杂物");
            assertThat(r.receiveCount()).isEqualTo(1);
        });
        List<ExchangeRun> runs = f.service.runs(Principals.ADMIN, WEST, 0, 10).items();
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.direction()).isEqualTo("INBOUND");
            assertThat(r.trigger()).isEqualTo("callback");
            assertThat(r.status()).isEqualTo("SUCCEEDED");
            assertThat(r.acknowledged()).isEqualTo(2);
        });

        // the same request again: its nonce is spent
        assertThatThrownBy(() -> f.service.receive(WEST, request)).isInstanceOf(UnauthenticatedPeerException.class)
                .hasMessageContaining("REPLAYED_NONCE");
        // another body under the first signature
        InboundRequest fresh = signed(WEST, "reports", "{\"reports\":[{\"id\":\"R-9\"}]}");
        InboundRequest tampered = new InboundRequest("POST", fresh.path(), fresh.resource(), "",
                "{\"reports\":[{\"id\":\"R-8\"}]}".getBytes(StandardCharsets.UTF_8), fresh.headers());
        assertThatThrownBy(() -> f.service.receive(WEST, tampered)).isInstanceOf(UnauthenticatedPeerException.class)
                .hasMessageContaining("BAD_SIGNATURE");
        // signed for the other instance
        InboundRequest forEast = signed(EAST, "reports", body);
        InboundRequest elsewhere = new InboundRequest("POST", "/api/v1/exchange/" + WEST + "/reports", "reports", "",
                body.getBytes(StandardCharsets.UTF_8), forEast.headers());
        assertThatThrownBy(() -> f.service.receive(WEST, elsewhere)).isInstanceOf(UnauthenticatedPeerException.class);
        InboundRequest unsigned = new InboundRequest("POST", "/api/v1/exchange/" + WEST + "/reports", "reports", "",
                body.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThatThrownBy(() -> f.service.receive(WEST, unsigned)).isInstanceOf(UnauthenticatedPeerException.class)
                .hasMessageContaining("MISSING_HEADER");
        assertThat(f.store.inbound(WEST, "R-8")).isEmpty();
        assertThat(f.service.runs(Principals.ADMIN, WEST, 0, 10).total()).as("refusals leave no ledger rows").isEqualTo(1);

        // signed, but the body does not hold: 400 naming the field, nothing kept, the ledger says why
        assertThatThrownBy(() -> f.service.receive(WEST, signed(WEST, "reports",
                "{\"reports\":[{\"id\":\"R-3\"},{\"title\":\"无编号\"}]}")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("reports[1].id"));
        assertThat(f.store.inbound(WEST, "R-3")).isEmpty();
        assertThat(f.service.runs(Principals.ADMIN, WEST, 0, 10).items().get(0)).satisfies(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.error()).contains("reports[1].id");
        });
        assertThatThrownBy(() -> f.service.receive(WEST, signed(WEST, "reports", "not json")))
                .isInstanceOf(ValidationException.class);

        // sent again (at least once upstream): still one record, counted twice
        f.service.receive(WEST, signed(WEST, "reports", "{\"reports\":[{\"id\":\"R-1\",\"title\":\"楼道堆放杂物\"}]}"));
        assertThat(f.store.inbound(WEST, "R-1")).hasValueSatisfying(r -> assertThat(r.receiveCount()).isEqualTo(2));

        assertThatThrownBy(() -> f.service.receive(WEST, signed(WEST, "evidence", body)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.service.receive("province", signed("province", "reports", body)))
                .as("a peer without callbacks").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.service.receive("grid-nowhere", signed("grid-nowhere", "reports", body)))
                .isInstanceOf(NotFoundException.class);
    }
}
