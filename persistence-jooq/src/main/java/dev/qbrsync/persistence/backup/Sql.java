package dev.qbrsync.persistence.backup;

import java.util.List;
import java.util.stream.Collectors;

/** Names in SQL: quoted, as a backup file's manifest is input from outside. */
final class Sql {
    private Sql() {
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String identifiers(List<String> names) {
        return names.stream().map(Sql::identifier).collect(Collectors.joining(", "));
    }
}
