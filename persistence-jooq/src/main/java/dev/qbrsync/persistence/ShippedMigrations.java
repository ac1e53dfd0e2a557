package dev.qbrsync.persistence;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned migrations this build ships, each with the checksum Flyway records for it: the SQL scripts of
 * {@code db/migration} on the class path (by Flyway's own checksum calculator) and the one resolved in code
 * ({@link DefaultRulesMigration}).
 * Read once: a cheap way to tell whether a database already has exactly these, without starting Flyway.
 */
final class ShippedMigrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED_SCRIPT = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");
    private static volatile Map<String, Integer> checksums;

    private ShippedMigrations() {
    }

    /** Version (as Flyway writes it, {@code 1.1} for {@code V1_1__…}) to checksum. */
    static Map<String, Integer> checksumsByVersion() {
        if (checksums == null) {
            checksums = Map.copyOf(read());
        }
        return checksums;
    }

    private static Map<String, Integer> read() {
        URL location = ShippedMigrations.class.getClassLoader().getResource(LOCATION);
        if (location == null) {
            throw new IllegalStateException("No " + LOCATION + " on the class path");
        }
        Map<String, Integer> found = new HashMap<>();
        for (String name : scriptNames(location)) {
            Matcher versioned = VERSIONED_SCRIPT.matcher(name);
            if (versioned.matches()) {
                found.put(versioned.group(1).replace('_', '.'), checksum(LOCATION + "/" + name));
            }
        }
        // Resolved in code, not from a script: under the checksum its script was recorded with.
        found.put(DefaultRulesMigration.VERSION, DefaultRulesMigration.SHIPPED_CHECKSUM);
        return found;
    }

    private static List<String> scriptNames(URL location) {
        try {
            if (location.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) location.openConnection();
                connection.setUseCaches(false); // a JarFile of our own to close, not the one the JDK shares
                String prefix = LOCATION + "/";
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(entry -> entry.getName()).filter(name -> name.startsWith(prefix))
                            .map(name -> name.substring(prefix.length()))
                            .filter(name -> !name.isEmpty() && !name.contains("/")).toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flyway's own checksum of a script, without starting Flyway. */
    private static int checksum(String resource) {
        return ChecksumCalculator.calculate(new ClassPathResource(new Location("classpath:" + LOCATION), resource,
                ShippedMigrations.class.getClassLoader(), StandardCharsets.UTF_8));
    }
}
