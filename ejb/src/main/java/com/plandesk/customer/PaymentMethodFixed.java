package com.plandesk.customer;

/** A customer's payment method became valid again (fired in the transaction that changed it). */
public record PaymentMethodFixed(Long customerId, String actor) {
}
