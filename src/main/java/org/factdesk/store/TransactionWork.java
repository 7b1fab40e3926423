package org.factdesk.store;

/** Work done inside one transaction by {@link ProjectStore#inTransaction(TransactionWork)}. */
@FunctionalInterface
public interface TransactionWork<T> {

    /** Does the work; any exception rolls the whole transaction back. */
    T run();
}
