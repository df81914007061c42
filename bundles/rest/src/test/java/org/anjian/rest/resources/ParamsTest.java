package org.anjian.rest.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.hazard.HazardStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    // --- enumOf ---

    @ParameterizedTest
    @ValueSource(strings = {"RED", "red", "Red", " red ", "rEd\t"})
    void enumIsCaseInsensitiveAndStripped(String value) {
        assertThat(Params.enumOf(RiskColour.class, "riskColour", value)).isEqualTo(RiskColour.RED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missingEnumIsNull(String value) {
        assertThat(Params.enumOf(RiskColour.class, "riskColour", value)).isNull();
    }

    @Test
    void unknownEnumNamesTheFieldAndListsTheValues() {
        assertThatThrownBy(() -> Params.enumOf(RiskColour.class, "riskColour", "purple"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("riskColour");
                    assertThat(e.getMessage()).isEqualTo("must be one of RED, ORANGE, YELLOW, BLUE");
                });
    }

    @Test
    void enumParsingDoesNotDependOnTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            // in Turkish, "i".toUpperCase() is a dotted capital I, which no enum constant contains
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Params.enumOf(HazardStatus.class, "status", "rectifying")).isEqualTo(HazardStatus.RECTIFYING);
            assertThat(Params.enumOf(HazardStatus.class, "status", "submitted")).isEqualTo(HazardStatus.SUBMITTED);
        } finally {
            Locale.setDefault(previous);
        }
    }

    // --- intOf ---

    @Test
    void intsAreParsed() {
        assertThat(Params.intOf("limit", "42")).isEqualTo(42);
        assertThat(Params.intOf("limit", " 7 ")).isEqualTo(7);
        assertThat(Params.intOf("offset", "-3")).isEqualTo(-3);
        assertThat(Params.intOf("offset", "0")).isZero();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void missingIntIsNull(String value) {
        assertThat(Params.intOf("limit", value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4.5", "1e3", "99999999999", "0x10", "12abc"})
    void badIntNamesTheField(String value) {
        assertThatThrownBy(() -> Params.intOf("limit", value))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("limit");
                    assertThat(e.getMessage()).isEqualTo("must be a whole number");
                });
    }

    // --- boolOf ---

    @Test
    void boolsAreParsedCaseInsensitively() {
        assertThat(Params.boolOf("overdue", "true")).isTrue();
        assertThat(Params.boolOf("overdue", "TRUE")).isTrue();
        assertThat(Params.boolOf("overdue", " False ")).isFalse();
        assertThat(Params.boolOf("overdue", "false")).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void missingBoolIsNull(String value) {
        assertThat(Params.boolOf("overdue", value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "0", "t", "on", "truee"})
    void badBoolNamesTheField(String value) {
        assertThatThrownBy(() -> Params.boolOf("overdue", value))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("overdue");
                    assertThat(e.getMessage()).isEqualTo("must be true or false");
                });
    }

    // --- idOf ---

    @Test
    void idsAreParsed() {
        assertThat(Params.idOf("id", "12")).isEqualTo(12L);
        assertThat(Params.idOf("id", "9007199254740993")).isEqualTo(9007199254740993L);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "1.0", "12x", "99999999999999999999"})
    void badIdNamesTheField(String value) {
        assertThatThrownBy(() -> Params.idOf("id", value))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.getMessage()).isEqualTo("must be a number");
                });
    }
}
