package com.plandesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void theCommonWaysOfWritingOneNumberGiveOneKey() {
        assertThat(SearchKeys.phone("+44 7700 900123")).isEqualTo("447700900123");
        assertThat(SearchKeys.phone("07700 900123")).isEqualTo("447700900123");
        assertThat(SearchKeys.phone("447700900123")).isEqualTo("447700900123");
        assertThat(SearchKeys.phone("0044 (7700) 900-123")).isEqualTo("447700900123");
        assertThat(SearchKeys.phone("+1234567890")).isEqualTo("1234567890");
    }

    @Test
    void namesAreFoundWithoutCaseOrAccents() {
        assertThat(SearchKeys.name("José  Müller")).isEqualTo("jose muller");
        assertThat(SearchKeys.name("JOHN smith")).isEqualTo("john smith");
    }

    @Test
    void onlyNumberLikeQueriesAreSearchedAsPhones() {
        assertThat(SearchKeys.looksLikePhone("07700 900123")).isTrue();
        assertThat(SearchKeys.looksLikePhone("+44 7700")).isTrue();
        assertThat(SearchKeys.looksLikePhone("123")).isFalse();
        assertThat(SearchKeys.looksLikePhone("John 770090")).isFalse();
    }

    @Test
    void everyWordOfANameStartsAKey() {
        assertThat(SearchKeys.nameKeys("José Müller-Smith"))
                .containsExactly("jose muller-smith", "muller-smith", "smith");
        assertThat(SearchKeys.nameKeys("John  Smith")).containsExactly("john smith", "smith");
    }

    @Test
    void aPrefixRangeEndsJustAfterEveryStringWithThatPrefix() {
        assertThat(SearchKeys.prefixEnd("ros")).isEqualTo("rot");
        assertThat("rosy").isGreaterThanOrEqualTo("ros").isLessThan(SearchKeys.prefixEnd("ros"));
        assertThat("rot").isGreaterThanOrEqualTo(SearchKeys.prefixEnd("ros"));
    }

    @Test
    void missingValuesStayMissing() {
        assertThat(SearchKeys.phone(null)).isNull();
        assertThat(SearchKeys.phone("n/a")).isNull();
        assertThat(SearchKeys.email(null)).isNull();
        assertThat(SearchKeys.name(null)).isNull();
    }
}
