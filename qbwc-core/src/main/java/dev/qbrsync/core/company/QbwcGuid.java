package dev.qbrsync.core.company;

import java.util.Locale;
import java.util.UUID;

/** The GUIDs the Web Connector works with (OwnerID, FileID), written as it writes them: braces, upper case. */
public final class QbwcGuid {

    private QbwcGuid() {
    }

    public static String random() {
        return "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
    }
}
