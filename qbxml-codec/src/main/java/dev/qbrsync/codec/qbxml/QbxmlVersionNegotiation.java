package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlTarget.Country;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks what a session's requests are written in: the highest qbXML version that both QuickBooks and QBR Sync
 * support for the QuickBooks edition at hand. A pure function of core types, so it can move to the core as it is.
 */
public final class QbxmlVersionNegotiation {
    private final List<QbxmlTarget> writable;

    /** @param writable every version and edition pair requests can be written for (the codec's writableTargets) */
    public QbxmlVersionNegotiation(List<QbxmlTarget> writable) {
        this.writable = List.copyOf(writable);
    }

    /**
     * @param host           what the first strHCPResponse said; its version list may be empty
     * @param qbxmlCountry   QBWC's qbXMLCountry; when blank, the HostRet country counts
     * @param qbxmlMajorVers with qbxmlMinorVers, the highest version QBWC's request processor speaks; consulted only
     *                       when QuickBooks listed no versions, taking every earlier version as supported too
     * @return empty when QuickBooks supports none of our versions for its edition
     */
    public Optional<QbxmlTarget> choose(HostInfo host, String qbxmlCountry, int qbxmlMajorVers, int qbxmlMinorVers) {
        Country country = country(host, qbxmlCountry);
        Offer offer = Offer.of(host, qbxmlMajorVers, qbxmlMinorVers);
        return writable.stream()
                .filter(target -> target.country() == country && offer.includes(target.version()))
                .max(Comparator.comparing(QbxmlTarget::version));
    }

    /** Why {@link #choose} found nothing, in a sentence for getLastError: what QuickBooks supports, what we need. */
    public String explainNoCommonVersion(HostInfo host, String qbxmlCountry, int qbxmlMajorVers, int qbxmlMinorVers) {
        Country country = country(host, qbxmlCountry);
        return Offer.of(host, qbxmlMajorVers, qbxmlMinorVers).describe() + ", but QBR Sync needs qbXML "
                + ours(country) + " for a " + country + " edition of QuickBooks.";
    }

    private static Country country(HostInfo host, String qbxmlCountry) {
        return Country.fromQbwc(qbxmlCountry == null || qbxmlCountry.isBlank() ? host.country() : qbxmlCountry);
    }

    /** Our versions for the edition as runs of the full list, e.g. "2.0, 3.0, 6.0 to 14.0". */
    private String ours(Country country) {
        List<QbxmlVersion> all = writable.stream().map(QbxmlTarget::version).distinct().sorted().toList();
        List<List<QbxmlVersion>> runs = new ArrayList<>();
        List<QbxmlVersion> run = new ArrayList<>();
        for (QbxmlVersion version : all) {
            if (writable.contains(new QbxmlTarget(version, country))) {
                run.add(version);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs.isEmpty() ? "none" : runs.stream()
                .map(versions -> versions.size() == 1 ? versions.get(0).toString()
                        : versions.get(0) + " to " + versions.get(versions.size() - 1))
                .collect(Collectors.joining(", "));
    }

    /** The versions QuickBooks accepts: the ones it listed, else everything up to what QBWC reported, else none. */
    private record Offer(List<QbxmlVersion> listed, Optional<QbxmlVersion> highest) {

        static Offer of(HostInfo host, int major, int minor) {
            Optional<QbxmlVersion> reported = major >= 1 && minor >= 0
                    ? Optional.of(new QbxmlVersion(major, minor)) : Optional.empty();
            return new Offer(host.supportedVersions().stream().distinct().sorted().toList(), reported);
        }

        boolean includes(QbxmlVersion version) {
            if (!listed.isEmpty()) {
                return listed.contains(version);
            }
            return highest.map(top -> version.compareTo(top) <= 0).orElse(false);
        }

        String describe() {
            if (!listed.isEmpty()) {
                return "QuickBooks supports qbXML " + listed.stream().map(QbxmlVersion::toString)
                        .collect(Collectors.joining(", "));
            }
            return highest.map(top -> "QuickBooks supports qbXML up to " + top)
                    .orElse("QuickBooks did not say which qbXML versions it supports");
        }
    }
}
