package dev.qbrsync.examples.customers;

import java.util.Objects;

/** A customer as the example keeps it: QuickBooks' ListID, its full name and whether it is active. */
public record Customer(String listId, String fullName, boolean active) {

    public Customer {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(fullName, "fullName");
    }
}
