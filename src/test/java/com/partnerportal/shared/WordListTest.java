package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void readsOneTrimmedWordPerLineWithoutBlankLinesWhateverTheLineEnds() {
        assertThat(WordList.load("word-list-sample.txt")).containsExactlyInAnyOrder("alpha", "beta", "gamma");
    }

    @Test
    void aMissingListSaysHowToBringIt() {
        assertThatThrownBy(() -> WordList.load("data/no-such-list.txt"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("scripts/refresh-data.sh");
    }
}
