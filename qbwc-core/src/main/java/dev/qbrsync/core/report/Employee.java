package dev.qbrsync.core.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One QuickBooks employee; hire and release dates are often missing in real company files. */
public record Employee(String listId, String name, boolean active, LocalDate hiredDate, LocalDate releasedDate) {

    public Employee {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(name, "name");
    }

    public Optional<LocalDate> hired() {
        return Optional.ofNullable(hiredDate);
    }

    public Optional<LocalDate> released() {
        return Optional.ofNullable(releasedDate);
    }
}
