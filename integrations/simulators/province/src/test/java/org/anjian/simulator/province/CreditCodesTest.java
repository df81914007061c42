package org.anjian.simulator.province;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {
    @Test
    void vectorsFromTheDomainReference() {
        for (String ok : new String[] {"91350200776049653A", "91440101MA5CJQ4N59", "913502000728319549",
                "9135021359498494XQ", "91350213678251743X", "91350200MA31E12PXF", "123502001549897397", "91350100M000100Y43"}) {
            assertThat(CreditCodes.problem(ok)).as(ok).isNull();
        }
        assertThat(CreditCodes.problem("91350100M000100Y4Z")).contains("invalid character"); // Z is not in the alphabet
        assertThat(CreditCodes.problem("91350100M000100Y44")).contains("check");
        assertThat(CreditCodes.problem("91350100M000100Y4")).contains("18");
        assertThat(CreditCodes.problem("91350100M000100YO3")).contains("invalid character");
    }
}
