package org.anjian.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiServerNamesTest {

    @Test
    void oneCommaSeparatedString() {
        assertThat(ApiServer.names(new String[] {"persistence,broker"})).containsExactly("persistence", "broker");
    }

    @Test
    void anArrayWithPaddedEntries() {
        assertThat(ApiServer.names(new String[] {"persistence", " broker "})).containsExactly("persistence", "broker");
    }

    @Test
    void paddingAroundCommas() {
        assertThat(ApiServer.names(new String[] {" persistence , broker ,demo"}))
                .containsExactly("persistence", "broker", "demo");
    }

    @Test
    void blanksAreDropped() {
        assertThat(ApiServer.names(new String[] {"", "  ", "persistence,,broker,", ", ,"}))
                .containsExactly("persistence", "broker");
    }

    @Test
    void nothingConfiguredMeansNothingRequired() {
        assertThat(ApiServer.names(new String[0])).isEmpty();
        assertThat(ApiServer.names(new String[] {""})).isEmpty();
    }
}
