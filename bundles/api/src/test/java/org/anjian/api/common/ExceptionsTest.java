package org.anjian.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void validationExceptionCarriesFieldAndMessage() {
        ValidationException e = new ValidationException("creditCode", "is required");
        assertEquals("creditCode", e.field());
        assertEquals("is required", e.getMessage());
    }

    @Test
    void illegalTransitionMessageNamesAllowedActions() {
        IllegalTransitionException e = new IllegalTransitionException("REGISTERED", "START", List.of("ASSIGN"));
        assertEquals("REGISTERED", e.from());
        assertEquals("START", e.action());
        assertEquals(List.of("ASSIGN"), e.allowed());
        assertEquals("Action START is not allowed in status REGISTERED; allowed: ASSIGN", e.getMessage());
    }

    @Test
    void illegalTransitionWithSeveralOrNoAllowedActions() {
        assertEquals("Action START is not allowed in status SUBMITTED; allowed: ACCEPT, REJECT",
                new IllegalTransitionException("SUBMITTED", "START", List.of("ACCEPT", "REJECT")).getMessage());
        IllegalTransitionException none = new IllegalTransitionException("CLOSED", "ASSIGN", List.of());
        assertEquals("Action ASSIGN is not allowed in status CLOSED; allowed: none", none.getMessage());
        assertEquals(List.of(), new IllegalTransitionException("CLOSED", "ASSIGN", null).allowed());
    }

    @Test
    void allowedListIsAnImmutableCopy() {
        List<String> source = new ArrayList<>(List.of("ASSIGN"));
        IllegalTransitionException e = new IllegalTransitionException("REGISTERED", "START", source);
        source.add("START");
        assertEquals(List.of("ASSIGN"), e.allowed());
        assertThrows(UnsupportedOperationException.class, () -> e.allowed().add("X"));
    }
}
