package com.plandesk.kernel;

/**
 * A lookup's answer: what was found, or the refusal that says why nothing was. A caller inside someone else's
 * transaction (a bulk chunk) can act on the refusal without an exception crossing an EJB boundary, which would
 * mark that transaction for rollback; {@link #orThrow} gives everyone else the usual exception.
 */
public record Found<T>(T value, PlanDeskException refusal) {

    public static <T> Found<T> of(T value) {
        return new Found<>(value, null);
    }

    public static <T> Found<T> refused(PlanDeskException refusal) {
        return new Found<>(null, refusal);
    }

    public T orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return value;
    }
}
