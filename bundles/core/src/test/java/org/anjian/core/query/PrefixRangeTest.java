package org.anjian.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The range that stands for "starts with" over digit codes selects exactly what the prefix selects. */
class PrefixRangeTest {

    @Test
    void onlyDigitsMakeARange() {
        assertThat(PrefixRange.ofDigits("")).isEmpty();
        assertThat(PrefixRange.ofDigits("33a")).isEmpty();
        assertThat(PrefixRange.ofDigits("3309")).contains(new PrefixRange("3309", "3310"));
        assertThat(PrefixRange.ofDigits("99")).contains(new PrefixRange("99", null));
    }

    @Test
    void theNextOfDigitsCarries() {
        assertThat(PrefixRange.next("330999")).isEqualTo("331000");
        assertThat(PrefixRange.next("330999101")).isEqualTo("330999102");
        assertThat(PrefixRange.next("3309")).isEqualTo("3310");
        assertThat(PrefixRange.next("0")).isEqualTo("1");
        assertThat(PrefixRange.next("999")).isNull();
    }

    @Test
    void theRangeHoldsExactlyTheCodesWithThePrefix() {
        List<String> codes = List.of("330998999999", "330999000000", "330999001000", "330999101001", "330999101999",
                "330999102000", "330999999999", "331000000000", "999999999999", "000000000000", "330990000000");
        for (String prefix : List.of("330999", "330999101", "3309", "33099", "999", "9", "0", "330999101001")) {
            String high = PrefixRange.next(prefix);
            for (String code : codes) {
                boolean inRange = code.compareTo(prefix) >= 0 && (high == null || code.compareTo(high) < 0);
                assertThat(inRange).as("%s under %s", code, prefix).isEqualTo(code.startsWith(prefix));
            }
        }
    }
}
