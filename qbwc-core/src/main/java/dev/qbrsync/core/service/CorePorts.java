package dev.qbrsync.core.service;

import dev.qbrsync.core.port.ApiTokenRepository;
import dev.qbrsync.core.port.AuditLog;
import dev.qbrsync.core.port.CredentialVerifier;
import dev.qbrsync.core.port.MappingRepository;
import dev.qbrsync.core.port.MetricsRepository;
import dev.qbrsync.core.port.QuickBooksMessages;
import dev.qbrsync.core.port.SessionRepository;
import dev.qbrsync.core.port.SyncHistory;
import dev.qbrsync.core.port.SyncLedger;
import dev.qbrsync.core.port.TicketGenerator;
import dev.qbrsync.core.port.Transactions;

/** Every outbound port the core's services need, handed over in one piece by a composition root. */
public record CorePorts(
        SessionRepository sessions,
        MappingRepository mappings,
        MetricsRepository metrics,
        SyncHistory history,
        SyncLedger ledger,
        AuditLog audit,
        ApiTokenRepository apiTokens,
        Transactions transactions,
        CredentialVerifier credentials,
        TicketGenerator tickets,
        QuickBooksMessages messages) {
}
