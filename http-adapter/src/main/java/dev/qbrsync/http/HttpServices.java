package dev.qbrsync.http;

import dev.qbrsync.core.usecase.ApiAccess;
import dev.qbrsync.core.usecase.MappingAdministration;
import dev.qbrsync.core.usecase.SyncOverview;
import dev.qbrsync.core.usecase.WebConnector;

/** The use cases the HTTP routes call; the adapter holds no business rules of its own. */
public record HttpServices(WebConnector webConnector, MappingAdministration mappings, SyncOverview overview,
                           ApiAccess apiAccess) {
}
