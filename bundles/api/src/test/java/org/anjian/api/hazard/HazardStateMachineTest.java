package org.anjian.api.hazard;

import static org.anjian.api.hazard.HazardAction.ACCEPT;
import static org.anjian.api.hazard.HazardAction.ASSIGN;
import static org.anjian.api.hazard.HazardAction.REJECT;
import static org.anjian.api.hazard.HazardAction.START;
import static org.anjian.api.hazard.HazardAction.SUBMIT;
import static org.anjian.api.hazard.HazardStatus.ASSIGNED;
import static org.anjian.api.hazard.HazardStatus.CLOSED;
import static org.anjian.api.hazard.HazardStatus.RECTIFYING;
import static org.anjian.api.hazard.HazardStatus.REGISTERED;
import static org.anjian.api.hazard.HazardStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.anjian.api.common.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HazardStateMachineTest {

    /** The expected legal transitions, written out independently of the implementation. */
    private static final Map<HazardStatus, Map<HazardAction, HazardStatus>> LEGAL = new EnumMap<>(Map.of(
            REGISTERED, Map.of(ASSIGN, ASSIGNED),
            ASSIGNED, Map.of(START, RECTIFYING),
            RECTIFYING, Map.of(SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(ACCEPT, CLOSED, REJECT, RECTIFYING),
            CLOSED, Map.of()));

    @ParameterizedTest
    @CsvSource({
        "REGISTERED, ASSIGN, ASSIGNED",
        "ASSIGNED, START, RECTIFYING",
        "RECTIFYING, SUBMIT, SUBMITTED",
        "SUBMITTED, ACCEPT, CLOSED",
        "SUBMITTED, REJECT, RECTIFYING"
    })
    void legalTransitions(HazardStatus from, HazardAction action, HazardStatus to) {
        assertEquals(to, HazardStateMachine.next(from, action));
    }

    static Stream<Arguments> illegalPairs() {
        return Stream.of(HazardStatus.values())
                .flatMap(s -> Stream.of(HazardAction.values())
                        .filter(a -> !LEGAL.get(s).containsKey(a))
                        .map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest
    @MethodSource("illegalPairs")
    void illegalTransitionsThrowWithAllowedList(HazardStatus from, HazardAction action) {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> HazardStateMachine.next(from, action));
        assertEquals(from.name(), e.from());
        assertEquals(action.name(), e.action());
        List<String> expected = Stream.of(HazardAction.values())
                .filter(LEGAL.get(from)::containsKey).map(Enum::name).toList();
        assertEquals(expected, e.allowed());
        assertTrue(e.getMessage().startsWith("Action " + action + " is not allowed in status " + from + "; allowed: "),
                e.getMessage());
    }

    @Test
    void crossProductIsFullyCovered() {
        long illegal = illegalPairs().count();
        assertEquals(HazardStatus.values().length * HazardAction.values().length - 5, illegal);
    }

    @Test
    void exampleMessage() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> HazardStateMachine.next(REGISTERED, START));
        assertEquals("Action START is not allowed in status REGISTERED; allowed: ASSIGN", e.getMessage());
    }

    @Test
    void allowedActions() {
        assertEquals(List.of(ASSIGN), HazardStateMachine.allowed(REGISTERED));
        assertEquals(List.of(START), HazardStateMachine.allowed(ASSIGNED));
        assertEquals(List.of(SUBMIT), HazardStateMachine.allowed(RECTIFYING));
        assertEquals(List.of(ACCEPT, REJECT), HazardStateMachine.allowed(SUBMITTED));
        assertEquals(List.of(), HazardStateMachine.allowed(CLOSED));
    }

    @Test
    void fullLoopWithOneRejection() {
        HazardStatus s = REGISTERED;
        for (HazardAction a : List.of(ASSIGN, START, SUBMIT, REJECT, SUBMIT, ACCEPT)) {
            s = HazardStateMachine.next(s, a);
        }
        assertEquals(CLOSED, s);
    }

    @ParameterizedTest
    @EnumSource(value = HazardStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void openUnlessClosed(HazardStatus status) {
        assertTrue(HazardStateMachine.isOpen(status));
        assertFalse(HazardStateMachine.isOpen(CLOSED));
    }

    @ParameterizedTest
    @CsvSource({
        "REGISTERED, true",
        "ASSIGNED, true",
        "RECTIFYING, true",
        "SUBMITTED, false",
        "CLOSED, false"
    })
    void countsTowardsOverdue(HazardStatus status, boolean counts) {
        assertEquals(counts, HazardStateMachine.countsTowardsOverdue(status));
    }

    @Test
    void supervisionIsOrderedBySeverity() {
        assertEquals(List.of(Supervision.NONE, Supervision.SUPERVISED, Supervision.LISTED),
                List.of(Supervision.values()));
        assertEquals(Supervision.LISTED, Supervision.SUPERVISED.atLeast(Supervision.LISTED));
        assertEquals(Supervision.SUPERVISED, Supervision.SUPERVISED.atLeast(Supervision.NONE));
        assertEquals(Supervision.NONE, Supervision.NONE.atLeast(null));
    }
}
