package dev.qbrsync.app;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No method or constructor in main code, in any module, is longer than {@value #MAX_LINES} lines, counted from its
 * first line (annotations included, Javadoc not) to its closing brace. ArchUnit sees bytecode, not lines, so this
 * parses the sources with the JDK's own compiler tree API.
 */
class MethodLengthTest {
    static final int MAX_LINES = 60;

    @Test
    void noMethodInMainCodeIsLongerThanSixtyLines() throws IOException {
        List<Path> sources = mainSources(Path.of("..").toAbsolutePath().normalize());
        assertThat(sources).as("the modules' main sources are found").hasSizeGreaterThan(100);

        assertThat(longMethods(sources)).as("methods over %d lines", MAX_LINES).isEmpty();
    }

    private static List<Path> mainSources(Path reactor) throws IOException {
        try (Stream<Path> modules = Files.list(reactor)) {
            List<Path> sources = new ArrayList<>();
            for (Path main : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            }
            return sources;
        }
    }

    private static List<String> longMethods(List<Path> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            List<String> found = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                new LongMethodFinder(unit, positions, found).scan(unit, null);
            }
            return found;
        }
    }

    /** Collects "path: Class.method is N lines" for each method over the limit in one file. */
    private static final class LongMethodFinder extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final List<String> found;
        private String className = "";

        LongMethodFinder(CompilationUnitTree unit, SourcePositions positions, List<String> found) {
            this.unit = unit;
            this.positions = positions;
            this.found = found;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            String outer = className;
            className = outer.isEmpty() ? type.getSimpleName().toString() : outer + "." + type.getSimpleName();
            try {
                return super.visitClass(type, unused);
            } finally {
                className = outer;
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            if (method.getBody() != null) {
                LineMap lines = unit.getLineMap();
                long first = lines.getLineNumber(positions.getStartPosition(unit, method));
                long last = lines.getLineNumber(positions.getEndPosition(unit, method));
                long length = last - first + 1;
                if (length > MAX_LINES) {
                    found.add(unit.getSourceFile().getName() + ": " + className + "." + method.getName() + " is "
                            + length + " lines");
                }
            }
            return super.visitMethod(method, unused);
        }
    }
}
