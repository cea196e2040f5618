package dev.molt.passes;

import java.util.List;
import java.util.Map;

/**
 * What a {@link PassManager#run} did: one entry per pass run, and the statistics passes counted.
 *
 * @param runs pass runs in order
 * @param statistics counters by {@code pass.key}
 */
public record PassReport(List<Run> runs, Map<String, Long> statistics) {
    /** One pass run over the module. @param pass the pass name @param nanos wall time @param changed whether IR changed */
    public record Run(String pass, long nanos, boolean changed) {}

    /** Whether any pass changed the IR. */
    public boolean changed() {
        return runs.stream().anyMatch(Run::changed);
    }

    /** A per-pass timing table (MLIR's {@code -mlir-timing} style): wall time in ms and share of the total. */
    public String timingReport() {
        long total = runs.stream().mapToLong(Run::nanos).sum();
        StringBuilder sb = new StringBuilder("===- pass timing -===\n");
        sb.append(String.format("  %10s  %6s  %s%n", "wall (ms)", "%", "pass"));
        for (Run r : runs)
            sb.append(String.format("  %10.3f  %5.1f%%  %s%s%n", r.nanos() / 1e6, total == 0 ? 0.0 : 100.0 * r.nanos() / total,
                    r.pass(), r.changed() ? "" : " (no change)"));
        sb.append(String.format("  %10.3f  %5.1f%%  total%n", total / 1e6, 100.0));
        return sb.toString();
    }
}
