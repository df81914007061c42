package org.anjian.demo;

import static org.anjian.api.hazard.HazardAction.ACCEPT;
import static org.anjian.api.hazard.HazardAction.ASSIGN;
import static org.anjian.api.hazard.HazardAction.REJECT;
import static org.anjian.api.hazard.HazardAction.START;
import static org.anjian.api.hazard.HazardAction.SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardStateMachine;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.TransitionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DemoRowsStepsTest {
    private static final String ASSIGNEE = "示范县福泰化工有限公司安全环保部";
    private static final String EVIDENCE = "已更换压力表并校验，附检定证书";
    private static final String REASON = "附件无法打开，请重新上传佐证材料";

    private static Map<String, String> row(HazardStatus target, String rejectReason) {
        Map<String, String> r = new HashMap<>();
        r.put("targetStatus", target.name());
        r.put("assignee", " " + ASSIGNEE + " ");
        r.put("evidence", EVIDENCE);
        r.put("rejectReason", rejectReason);
        return r;
    }

    private static List<HazardAction> actions(List<TransitionRequest> steps) {
        return steps.stream().map(TransitionRequest::action).toList();
    }

    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of(HazardStatus.REGISTERED, "", List.of()),
                Arguments.of(HazardStatus.REGISTERED, REASON, List.of()),
                Arguments.of(HazardStatus.ASSIGNED, "", List.of(ASSIGN)),
                Arguments.of(HazardStatus.ASSIGNED, REASON, List.of(ASSIGN)),
                Arguments.of(HazardStatus.RECTIFYING, "", List.of(ASSIGN, START)),
                Arguments.of(HazardStatus.RECTIFYING, REASON, List.of(ASSIGN, START, SUBMIT, REJECT)),
                Arguments.of(HazardStatus.SUBMITTED, "", List.of(ASSIGN, START, SUBMIT)),
                Arguments.of(HazardStatus.SUBMITTED, REASON, List.of(ASSIGN, START, SUBMIT, REJECT, SUBMIT)),
                Arguments.of(HazardStatus.CLOSED, "", List.of(ASSIGN, START, SUBMIT, ACCEPT)),
                Arguments.of(HazardStatus.CLOSED, REASON, List.of(ASSIGN, START, SUBMIT, REJECT, SUBMIT, ACCEPT)),
                // a blank reason is no reason
                Arguments.of(HazardStatus.CLOSED, "   ", List.of(ASSIGN, START, SUBMIT, ACCEPT)),
                Arguments.of(HazardStatus.CLOSED, null, List.of(ASSIGN, START, SUBMIT, ACCEPT)));
    }

    @ParameterizedTest(name = "{0} reject=''{1}'' -> {2}")
    @MethodSource("sequences")
    void exactActionSequence(HazardStatus target, String rejectReason, List<HazardAction> expected) {
        assertThat(actions(DemoRows.steps(row(target, rejectReason)))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} reject=''{1}''")
    @MethodSource("sequences")
    void stepsLeadFromRegistrationToTheTargetStatus(HazardStatus target, String rejectReason, List<HazardAction> ignored) {
        HazardStatus status = HazardStatus.REGISTERED;
        for (TransitionRequest step : DemoRows.steps(row(target, rejectReason))) {
            status = HazardStateMachine.next(status, step.action());
        }
        assertThat(status).isEqualTo(target);
    }

    @ParameterizedTest
    @EnumSource(value = HazardStatus.class, names = "REGISTERED", mode = EnumSource.Mode.EXCLUDE)
    void assignCarriesTheStrippedAssigneeAndNothingElse(HazardStatus target) {
        TransitionRequest assign = DemoRows.steps(row(target, "")).get(0);

        assertThat(assign).isEqualTo(new TransitionRequest(ASSIGN, ASSIGNEE, null, null, null, null, null, null, null));
    }

    @Test
    void startCarriesNothing() {
        TransitionRequest start = DemoRows.steps(row(HazardStatus.RECTIFYING, "")).get(1);

        assertThat(start).isEqualTo(TransitionRequest.of(START));
    }

    @Test
    void submitCarriesTheEvidence() {
        List<TransitionRequest> steps = DemoRows.steps(row(HazardStatus.SUBMITTED, ""));

        assertThat(steps.get(2)).isEqualTo(new TransitionRequest(SUBMIT, null, EVIDENCE, null, null, null, null, null, null));
    }

    @Test
    void aRejectedLoopSubmitsPlaceholderEvidenceFirstThenTheRealEvidence() {
        List<TransitionRequest> steps = DemoRows.steps(row(HazardStatus.CLOSED, " " + REASON + " "));

        TransitionRequest firstSubmit = steps.get(2);
        assertThat(firstSubmit.action()).isEqualTo(SUBMIT);
        assertThat(firstSubmit.evidence()).isNotBlank().isNotEqualTo(EVIDENCE);

        assertThat(steps.get(3)).isEqualTo(new TransitionRequest(REJECT, null, null, REASON, null, null, null, null, null));

        assertThat(steps.get(4)).isEqualTo(new TransitionRequest(SUBMIT, null, EVIDENCE, null, null, null, null, null, null));
    }

    @Test
    void acceptCarriesAReviewNote() {
        List<TransitionRequest> steps = DemoRows.steps(row(HazardStatus.CLOSED, ""));

        TransitionRequest accept = steps.get(steps.size() - 1);
        assertThat(accept.action()).isEqualTo(ACCEPT);
        assertThat(accept.note()).isNotBlank();
        assertThat(accept.evidence()).isNull();
        assertThat(accept.reason()).isNull();
    }

    @Test
    void blankAssigneeAndEvidenceBecomeNull() {
        Map<String, String> r = row(HazardStatus.SUBMITTED, "");
        r.put("assignee", "  ");
        r.put("evidence", "");

        List<TransitionRequest> steps = DemoRows.steps(r);

        assertThat(steps.get(0).assignee()).isNull();
        assertThat(steps.get(2).evidence()).isNull();
    }
}
