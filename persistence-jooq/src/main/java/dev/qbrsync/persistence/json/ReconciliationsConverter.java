package dev.qbrsync.persistence.json;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.qbrsync.core.metrics.Reconciliation;

import java.util.List;

/** {@code reconciliation} as the list of a report's month reconciliations; SQL NULL reads as none. */
public final class ReconciliationsConverter extends JsonbConverter<List<Reconciliation>> {
    private static final TypeReference<List<Reconciliation>> LIST = new TypeReference<>() { };

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReconciliationsConverter() {
        super((Class) List.class);
    }

    @Override
    List<Reconciliation> whenNull() {
        return List.of();
    }

    @Override
    List<Reconciliation> read(String json) {
        return StoredJson.read(json, LIST);
    }

    @Override
    Object toJson(List<Reconciliation> reconciliations) {
        return reconciliations;
    }
}
