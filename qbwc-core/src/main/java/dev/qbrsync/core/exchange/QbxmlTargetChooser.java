package dev.qbrsync.core.exchange;

import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Picks the highest qbXML version both QuickBooks and our request writer support, and the edition's country. */
public final class QbxmlTargetChooser {
    private final List<QbxmlVersion> ours;

    public QbxmlTargetChooser(List<QbxmlVersion> ours) {
        this.ours = ours.stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** Empty when QuickBooks supports none of our versions. */
    Optional<QbxmlTarget> choose(HostInfo host, String qbxmlCountry, int clientMajor, int clientMinor) {
        QbxmlVersion clientMaximum = Stream.concat(host.supportedVersions().stream(), reported(clientMajor, clientMinor))
                .max(Comparator.naturalOrder())
                .orElse(null);
        String country = qbxmlCountry == null || qbxmlCountry.isBlank() ? host.country() : qbxmlCountry;
        return ours.stream()
                .filter(version -> clientMaximum == null || version.compareTo(clientMaximum) <= 0)
                .findFirst()
                .map(version -> new QbxmlTarget(version, QbxmlTarget.Country.fromQbwc(country)));
    }

    String describeOurs() {
        return ours.isEmpty() ? "none" : ours.get(ours.size() - 1) + " to " + ours.get(0);
    }

    private static Stream<QbxmlVersion> reported(int major, int minor) {
        return major > 0 && minor >= 0 ? Stream.of(new QbxmlVersion(major, minor)) : Stream.empty();
    }
}
