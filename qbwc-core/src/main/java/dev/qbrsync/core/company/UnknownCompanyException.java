package dev.qbrsync.core.company;

import dev.qbrsync.core.qbr.CompanyId;

/** No company has that id (or name). */
public final class UnknownCompanyException extends RuntimeException {

    public UnknownCompanyException(String idOrName) {
        super("There is no company '" + idOrName + "'.");
    }

    public UnknownCompanyException(CompanyId id) {
        this(id.value());
    }
}
