package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalTokensTests {

    private final PersonalTokens tokens = new PersonalTokens();

    @Test
    void replacesWholeValuesCaseInsensitivelyAndNeverPartsOfLongerWordsOrNumbers() {
        tokens.add("Ada");
        tokens.add("ada@example.com");
        tokens.add("77168185235543462");

        assertThat(tokens.scrub(
                        "Dear ADA, Adam wrote to Ada@Example.com about user 77168185235543462 (177168185235543462)"))
                .isEqualTo("Dear [redacted], Adam wrote to [redacted] about user [redacted] (177168185235543462)");
    }

    @Test
    void findsAPhoneNumberAlsoWrittenAsItsDigitsAlone() {
        tokens.add("+44 20 7946 0123");

        assertThat(tokens.scrub("call +44 20 7946 0123 or 442079460123")).isEqualTo("call [redacted] or [redacted]");
        assertThat(tokens.foundIn("ref 5442079460123")).isFalse();
    }

    @Test
    void ignoresValuesTooShortToSearchFor() {
        tokens.add("GB");
        tokens.add(null);
        tokens.add("  ");

        assertThat(tokens.isEmpty()).isTrue();
        assertThat(tokens.scrub("GBP in GB")).isEqualTo("GBP in GB");
    }

    @Test
    void prefersTheLongestValueSoAFullNameGoesWhole() {
        tokens.add("Ada");
        tokens.add("Ada King");

        assertThat(tokens.scrub("for Ada King")).isEqualTo("for [redacted]");
    }
}
