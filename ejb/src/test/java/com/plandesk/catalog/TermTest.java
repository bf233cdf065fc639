package com.plandesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plandesk.kernel.PlanDeskException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void aMonthFollowsTheCalendarAndAClockTermTheClock() {
        LocalDateTime endOfJanuary = LocalDateTime.of(2027, 1, 31, 10, 0);
        assertThat(Term.parse("P1M").endOf(endOfJanuary)).isEqualTo(LocalDateTime.of(2027, 2, 28, 10, 0));
        assertThat(Term.parse("p1y").endOf(endOfJanuary)).isEqualTo(LocalDateTime.of(2028, 1, 31, 10, 0));
        assertThat(Term.parse(" PT5S ").endOf(endOfJanuary)).isEqualTo(endOfJanuary.plusSeconds(5));
        assertThat(Term.parse("pt5s").iso()).isEqualTo("PT5S");
    }

    @Test
    void noSettingMeansAMonth() {
        assertThat(Term.parse(null)).isEqualTo(Term.MONTH);
        assertThat(Term.parse(" ")).isEqualTo(Term.MONTH);
    }

    @Test
    void anythingButAPositiveIsoDurationIsRefusedWithWhatToWrite() {
        for (String bad : new String[] {"5 seconds", "1 month", "P0D", "PT0S", "-P1M", "P-1M", "PT-5S", "P1M2"}) {
            assertThatThrownBy(() -> Term.parse(bad)).as(bad).isInstanceOfSatisfying(PlanDeskException.class, e -> {
                assertThat(e.field()).isEqualTo("term");
                assertThat(e.getMessage()).contains("'" + bad + "'", "ISO-8601", "P1M");
            });
        }
    }
}
