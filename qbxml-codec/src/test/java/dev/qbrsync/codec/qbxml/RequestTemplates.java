package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.testing.SharedCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intuit's request templates per qbXML version (shared/corpus/09_qbxml_ops_by_version): the elements a request may
 * have, in the order the version demands. A test that asks for one skips when the shared corpus is absent.
 */
final class RequestTemplates {
    private static final List<QbxmlVersion> US_TEMPLATE_VERSIONS = versions("2.0", "3.0", "4.0", "4.1", "5.0", "6.0",
            "7.0", "8.0", "10.0", "11.0", "12.0", "13.0", "14.0");
    private static final Pattern INTRODUCED_IN = Pattern.compile("\\bv(\\d+\\.\\d+)\\b");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private RequestTemplates() {
    }

    /**
     * The template's {@code tag} element for the target, keeping only children its version has. A version without a
     * template of its own is read from the next newer template, whose {@code vX.Y} notes say what came later (2.1 from
     * 3.0, 9.0 from 10.0); past the newest template, the newest one stands in.
     */
    static ElementOutline element(QbxmlTarget target, String tag) {
        ElementOutline element = element(fileFor(target), tag);
        List<ElementOutline> existing = element.children().stream()
                .filter(child -> introducedIn(child).compareTo(target.version()) <= 0)
                .toList();
        return new ElementOutline(element.name(), element.lineComment(), existing);
    }

    static String fileFor(QbxmlTarget target) {
        if (target.country() == QbxmlTarget.Country.CA && target.version().equals(new QbxmlVersion(3, 0))) {
            return "qbxmlopsCA30.xml";
        }
        QbxmlVersion template = US_TEMPLATE_VERSIONS.stream()
                .filter(version -> version.compareTo(target.version()) >= 0)
                .findFirst()
                .orElse(US_TEMPLATE_VERSIONS.get(US_TEMPLATE_VERSIONS.size() - 1));
        return "qbxmlops" + template.major() + template.minor() + ".xml";
    }

    /** True when the template notes the element may repeat ("may rep", "rep (1 or more)"). */
    static boolean repeatable(ElementOutline element) {
        return element.lineComment().matches("(?s).*\\brep\\b.*");
    }

    private static QbxmlVersion introducedIn(ElementOutline element) {
        Matcher version = INTRODUCED_IN.matcher(element.lineComment());
        return version.find() ? QbxmlVersion.parse(version.group(1)) : new QbxmlVersion(1, 0);
    }

    private static ElementOutline element(String file, String tag) {
        String text = TEXTS.computeIfAbsent(file, RequestTemplates::read);
        Matcher start = Pattern.compile("<" + tag + "[ >]").matcher(text);
        while (start.find()) {
            String firstLine = text.substring(start.start(), text.indexOf('\n', start.start()));
            // Some templates repeat a request as a garbled copy marked "not in QBD"; the desktop one comes first.
            if (!firstLine.contains("not in QBD")) {
                int end = text.indexOf("</" + tag + ">", start.start()) + tag.length() + 3;
                return ElementOutline.parse(text.substring(start.start(), end));
            }
        }
        throw new AssertionError(file + " has no " + tag);
    }

    private static String read(String file) {
        try {
            return Files.readString(SharedCorpus.require("09_qbxml_ops_by_version/" + file),
                    StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<QbxmlVersion> versions(String... texts) {
        return java.util.Arrays.stream(texts).map(QbxmlVersion::parse).sorted(Comparator.naturalOrder()).toList();
    }
}
