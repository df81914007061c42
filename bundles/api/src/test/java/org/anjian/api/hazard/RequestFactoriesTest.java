package org.anjian.api.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Domains build registrations and steps by name, not by position, so that the records may grow. */
class RequestFactoriesTest {

    @Test
    void aRegistrationByNameIsTheRecordByPosition() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        assertThat(NewHazard.of("913309990000000011", HazardSource.MONITORING_ALARM, HazardGrade.MAJOR, "FIRE", "描述", due)
                .region("330999001001").plan("张三", "增设喷淋", "5万元", "停产预案").from("chemical", "alarm-1")
                .registeredOn(LocalDate.of(2026, 12, 1)).build())
                .isEqualTo(new NewHazard("913309990000000011", "330999001001", HazardSource.MONITORING_ALARM,
                        HazardGrade.MAJOR, "FIRE", "描述", due, "张三", "增设喷淋", "5万元", "停产预案", "chemical", "alarm-1",
                        LocalDate.of(2026, 12, 1)));
        assertThat(NewHazard.of("913309990000000011", HazardSource.ENFORCEMENT, HazardGrade.GENERAL, "FIRE", "描述", due).build())
                .isEqualTo(new NewHazard("913309990000000011", null, HazardSource.ENFORCEMENT, HazardGrade.GENERAL, "FIRE",
                        "描述", due, null, null, null, null, null, null, null));
    }

    @Test
    void stepsByName() {
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        assertThat(TransitionRequest.assign("城关街道安监站")).isEqualTo(
                new TransitionRequest(HazardAction.ASSIGN, "城关街道安监站", null, null, null, null, null, null, null));
        assertThat(TransitionRequest.submit("照片").withNote("已整改").at(at)).isEqualTo(
                new TransitionRequest(HazardAction.SUBMIT, null, "照片", null, "已整改", null, null, null, null, at));
        assertThat(TransitionRequest.reject("不清晰").reason()).isEqualTo("不清晰");
        assertThat(TransitionRequest.reject("不清晰").action()).isEqualTo(HazardAction.REJECT);
    }
}
