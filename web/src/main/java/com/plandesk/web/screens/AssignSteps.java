package com.plandesk.web.screens;

import com.plandesk.web.screens.AssignPlan.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The Assign Plan wizard's steps for one order, in order: one list, which Next reads forwards and Back
 * backwards. An add-on asks for the service that receives it and nothing about renewal, installation or the
 * business order; a plan asks about auto-renew when it recurs, for the installation date when it is internet,
 * and about the site and contacts when the customer is a business.
 */
record AssignSteps(List<Step> order) {

    static AssignSteps of(boolean addon, boolean recurring, boolean internet, boolean business) {
        List<Step> order = new ArrayList<>(List.of(Step.CUSTOMER));
        if (addon) {
            order.add(Step.SERVICE);
        }
        order.add(Step.INVENTORY);
        if (recurring && !addon) {
            order.add(Step.AUTO_RENEW);
        }
        if (internet && !addon) {
            order.add(Step.INSTALLATION);
        }
        if (business && !addon) {
            order.add(Step.BUSINESS);
        }
        order.add(Step.REVIEW);
        return new AssignSteps(List.copyOf(order));
    }

    /** The step after this one; the review is the last one staff move through. */
    Step after(Step step) {
        int at = order.indexOf(step);
        return at < 0 || at == order.size() - 1 ? step : order.get(at + 1);
    }

    /** The step before this one; the customer is the first. */
    Step before(Step step) {
        int at = order.indexOf(step);
        return at <= 0 ? Step.CUSTOMER : order.get(at - 1);
    }
}
