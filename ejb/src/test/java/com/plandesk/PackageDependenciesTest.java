package com.plandesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout README.md describes, read from the sources' imports: no cycle between packages, the lower layers
 * (kernel, persistence, engine, connectors) import no domain package, and the engine's internals stay in engine.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+?)\\.[A-Z]\\w*", Pattern.MULTILINE);
    private static final Set<String> LOWER = Set.of("kernel", "persistence", "engine", "connector.mail",
            "connector.network", "connector.ocs", "connector.simulator");

    /** Each package (below com.plandesk) and the packages and libraries it imports. */
    private static final Map<String, Set<String>> IMPORTS = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.')
                        .replaceFirst("^com\\.plandesk\\.?", "");
                Set<String> imports = IMPORTS.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1).replaceFirst("^com\\.plandesk\\.", "");
                    if (!imported.equals(pkg)) {
                        imports.add(imported);
                    }
                }
            }
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        List<String> cycles = new ArrayList<>();
        for (String start : IMPORTS.keySet()) {
            if (reaches(start, start, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertThat(cycles).as("packages in a cycle").isEmpty();
    }

    @Test
    void lowerLayersImportNoDomainPackage() {
        Map<String, Set<String>> upward = new HashMap<>();
        for (String lower : LOWER) {
            for (String imported : IMPORTS.getOrDefault(lower, Set.of())) {
                if (IMPORTS.containsKey(imported) && !LOWER.contains(imported)) {
                    upward.computeIfAbsent(lower, l -> new TreeSet<>()).add(imported);
                }
            }
        }
        assertThat(upward).as("imports from a lower layer up into the domain").isEmpty();
    }

    @Test
    void engineInternalsStayInTheEnginePackage() {
        IMPORTS.forEach((pkg, imports) -> {
            if (!pkg.equals("engine")) {
                assertThat(imports).as(pkg).noneMatch(i -> i.startsWith("org.camunda.bpm.engine.impl"));
            }
        });
        assertThat(IMPORTS.get("assignment")).as("assignment").noneMatch(i -> i.startsWith("org.camunda"));
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : IMPORTS.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (IMPORTS.containsKey(next) && seen.add(next) && reaches(next, target, seen))) {
                return true;
            }
        }
        return false;
    }
}
