package dev.qbrsync.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under a class-path directory, read into memory once, by their paths below it: the finance page's scripts
 * and styles and uPlot's files, well under a megabyte. (Javalin's static-file handler kept the jar they come from
 * mounted as a zip file system instead: for the packaged jar, eight indexes of its 18,000 entries, ~40 MiB of heap.)
 */
final class ClasspathFiles {
    private ClasspathFiles() {
    }

    /**
     * Every file under {@code directory} (no leading slash) in every folder and jar of the class path that has it, but
     * compiled classes (the page's files share their package); path below it to contents.
     */
    static Map<String, byte[]> under(String directory) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (URL location : Collections.list(ClasspathFiles.class.getClassLoader().getResources(directory))) {
                files.putAll(location.getProtocol().equals("jar") ? fromJar(location, directory + "/")
                        : fromFolder(Path.of(location.toURI())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        files.keySet().removeIf(path -> path.endsWith(".class"));
        if (files.isEmpty()) {
            throw new IllegalStateException(directory + " is missing from the class path");
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(URL location, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) location.openConnection();
        connection.setUseCaches(false); // a jar file of our own, closed when read
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
                        Files.readAllBytes(file));
            }
        }
        return files;
    }
}
