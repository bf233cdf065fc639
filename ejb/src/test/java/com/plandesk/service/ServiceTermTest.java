package com.plandesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.plandesk.catalog.ServiceType;
import com.plandesk.catalog.Term;
import com.plandesk.kernel.PlanDeskException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceTermTest {

    private static Service iptv(boolean autoRenew) {
        return new Service(7L, 30L, "IPTV - Essentials", ServiceType.IPTV, autoRenew);
    }

    @Test
    void aRecurringServiceStartsItsFirstTermWhenItBecomesActive() {
        Service service = iptv(true);
        assertThat(service.getCurrentTermEnd()).as("no term before it is active").isNull();

        service.activate(Term.parse("PT5S"));

        assertThat(service.getStatus()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(service.getCurrentTermStart()).isEqualTo(service.getActivatedAt());
        assertThat(Duration.between(service.getCurrentTermStart(), service.getCurrentTermEnd()))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aOneOffServiceHasNoTerm() {
        Service service = iptv(false);
        service.activate(null);
        assertThat(service.getCurrentTermStart()).isNull();
        assertThat(service.getCurrentTermEnd()).isNull();
    }

    @Test
    void autoRenewIsSwitchedOnAnActiveServiceWithTermsOnly() {
        Service inactive = iptv(true);
        assertThatThrownBy(() -> inactive.switchAutoRenew(false)).isInstanceOfSatisfying(PlanDeskException.class,
                e -> assertThat(e.kind()).isEqualTo(PlanDeskException.Kind.CONFLICT));

        Service oneOff = iptv(false);
        oneOff.activate(null);
        assertThatThrownBy(() -> oneOff.switchAutoRenew(true)).isInstanceOfSatisfying(PlanDeskException.class,
                e -> assertThat(e.getMessage()).contains("paid once"));

        Service recurring = iptv(true);
        recurring.activate(Term.MONTH);
        recurring.switchAutoRenew(false);
        assertThat(recurring.isAutoRenew()).isFalse();
        recurring.switchAutoRenew(true);
        assertThat(recurring.isAutoRenew()).isTrue();
    }
}
