package com.plandesk.web.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.plandesk.web.screens.AssignPlan.Step;
import org.junit.jupiter.api.Test;

class AssignStepsTest {

    @Test
    void aRecurringPlanForABusinessAsksEverything() {
        AssignSteps steps = AssignSteps.of(false, true, false, true);
        assertThat(steps.order()).containsExactly(Step.CUSTOMER, Step.INVENTORY, Step.AUTO_RENEW, Step.BUSINESS,
                Step.REVIEW);
    }

    @Test
    void anAddOnAsksForItsServiceAndNothingAboutRenewalOrTheBusinessOrder() {
        assertThat(AssignSteps.of(true, true, true, true).order()).containsExactly(Step.CUSTOMER, Step.SERVICE,
                Step.INVENTORY, Step.REVIEW);
    }

    @Test
    void aOneOffPlanForAnIndividualGoesFromTheItemsToTheReview() {
        assertThat(AssignSteps.of(false, false, false, false).order()).containsExactly(Step.CUSTOMER, Step.INVENTORY,
                Step.REVIEW);
    }

    @Test
    void everyInternetPlanAsksForTheInstallationDateBeforeTheBusinessDetails() {
        assertThat(AssignSteps.of(false, true, true, false).order()).containsExactly(Step.CUSTOMER, Step.INVENTORY,
                Step.AUTO_RENEW, Step.INSTALLATION, Step.REVIEW);
        assertThat(AssignSteps.of(false, true, true, true).order()).containsExactly(Step.CUSTOMER, Step.INVENTORY,
                Step.AUTO_RENEW, Step.INSTALLATION, Step.BUSINESS, Step.REVIEW);
    }

    @Test
    void backRetracesNextStepByStep() {
        AssignSteps steps = AssignSteps.of(false, true, false, true);
        Step step = Step.CUSTOMER;
        for (Step expected : steps.order().subList(1, steps.order().size())) {
            step = steps.after(step);
            assertThat(step).isEqualTo(expected);
        }
        assertThat(steps.after(Step.REVIEW)).as("the review is left by Confirm, not Next").isEqualTo(Step.REVIEW);
        assertThat(steps.before(Step.REVIEW)).isEqualTo(Step.BUSINESS);
        assertThat(steps.before(Step.BUSINESS)).isEqualTo(Step.AUTO_RENEW);
        assertThat(steps.before(Step.AUTO_RENEW)).isEqualTo(Step.INVENTORY);
        assertThat(steps.before(Step.INVENTORY)).isEqualTo(Step.CUSTOMER);
        assertThat(AssignSteps.of(true, false, false, false).before(Step.INVENTORY)).isEqualTo(Step.SERVICE);
    }
}
