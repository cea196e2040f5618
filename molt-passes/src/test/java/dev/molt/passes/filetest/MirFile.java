package dev.molt.passes.filetest;

import java.util.ArrayList;
import java.util.List;

/**
 * One golden IR test file ({@code tests/ir/<suite>/*.ir}), after Cranelift's filetests. Directives are comment lines:
 * <pre>
 * ; pipeline: const-fold,dce     run this pipeline (with verify-each) on the input, then match the output
 * ; check: TEXT                  some later output line contains TEXT
 * ; nextln: TEXT                 the line right after the previous match contains TEXT
 * ; not: TEXT                    no output line between the previous and the next match contains TEXT
 * ; error: TEXT                  the input fails to parse or verify; the i-th error contains the i-th TEXT
 * ; test: verify                 the input must parse, verify and round-trip; nothing else is checked
 * </pre>
 * TEXT is literal except for {@code {{regex}}} parts (Java regex), e.g. {@code ; check: v{{[0-9]+}} = py.add}.
 * Everything else is the input IR (other comments are ignored by the IR parser). Without a pipeline and
 * without errors the file is a round-trip ("cat") test: the output is the printed input.
 */
record MirFile(String name, String text, String pipeline, List<Directive> checks, List<String> errors, boolean verifyOnly) {
    enum Kind { CHECK, NEXTLN, NOT }

    record Directive(Kind kind, String pattern, int line) {
        /** Whether {@code text} contains this directive's pattern (literal, with {@code {{regex}}} parts). */
        boolean foundIn(String text) {
            if (!pattern.contains("{{")) return text.contains(pattern);
            StringBuilder re = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                int open = pattern.indexOf("{{", i);
                if (open < 0) {
                    re.append(java.util.regex.Pattern.quote(pattern.substring(i)));
                    break;
                }
                int close = pattern.indexOf("}}", open + 2);
                if (close < 0) throw new IllegalArgumentException("line " + line + ": unclosed {{ in " + pattern);
                if (open > i) re.append(java.util.regex.Pattern.quote(pattern.substring(i, open)));
                re.append('(').append(pattern, open + 2, close).append(')');
                i = close + 2;
            }
            return java.util.regex.Pattern.compile(re.toString()).matcher(text).find();
        }
    }

    static boolean isExpectation(String line) {
        String t = line.strip();
        return t.startsWith("; check:") || t.startsWith("; nextln:") || t.startsWith("; not:") || t.startsWith("; error:");
    }

    static MirFile parse(String name, String text) {
        String pipeline = null;
        boolean verifyOnly = false;
        List<Directive> checks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("; pipeline:")) pipeline = rest(t, "; pipeline:");
            else if (t.equals("; test: verify")) verifyOnly = true;
            else if (t.startsWith("; check:")) checks.add(new Directive(Kind.CHECK, rest(t, "; check:"), i + 1));
            else if (t.startsWith("; nextln:")) checks.add(new Directive(Kind.NEXTLN, rest(t, "; nextln:"), i + 1));
            else if (t.startsWith("; not:")) checks.add(new Directive(Kind.NOT, rest(t, "; not:"), i + 1));
            else if (t.startsWith("; error:")) errors.add(rest(t, "; error:"));
        }
        return new MirFile(name, text, pipeline, checks, errors, verifyOnly);
    }

    private static String rest(String line, String prefix) {
        return line.substring(prefix.length()).strip();
    }

    /** Matches {@code output} against the check directives; returns a failure message or null. */
    String match(String output) {
        String[] out = output.split("\n", -1);
        int pos = -1;
        List<Directive> pendingNot = new ArrayList<>();
        for (Directive d : checks) {
            switch (d.kind()) {
                case NOT -> pendingNot.add(d);
                case CHECK -> {
                    int found = -1;
                    for (int i = pos + 1; i < out.length; i++)
                        if (d.foundIn(out[i])) {
                            found = i;
                            break;
                        }
                    if (found < 0) return "line " + d.line() + ": check not found after output line " + (pos + 1) + ": " + d.pattern();
                    String bad = nots(pendingNot, out, pos + 1, found);
                    if (bad != null) return bad;
                    pendingNot.clear();
                    pos = found;
                }
                case NEXTLN -> {
                    int i = pos + 1;
                    if (i >= out.length || !d.foundIn(out[i]))
                        return "line " + d.line() + ": nextln expected '" + d.pattern() + "' at output line " + (i + 1) + " but it is '"
                                + (i < out.length ? out[i] : "<end>") + "'";
                    String bad = nots(pendingNot, out, pos + 1, i);
                    if (bad != null) return bad;
                    pendingNot.clear();
                    pos = i;
                }
            }
        }
        return nots(pendingNot, out, pos + 1, out.length);
    }

    private static String nots(List<Directive> nots, String[] out, int from, int to) {
        for (Directive d : nots)
            for (int i = from; i < to; i++)
                if (d.foundIn(out[i])) return "line " + d.line() + ": 'not' pattern found at output line " + (i + 1) + ": " + out[i];
        return null;
    }

    /** The file with its expectations replaced by ones describing {@code output} or {@code actualErrors}. */
    String bless(String output, List<String> actualErrors) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) if (!isExpectation(line)) sb.append(line).append('\n');
        String body = sb.toString().replaceAll("\\n+$", "\n");
        StringBuilder exp = new StringBuilder();
        if (actualErrors != null && !actualErrors.isEmpty()) {
            for (String e : actualErrors) exp.append("; error: ").append(e).append('\n');
        } else {
            boolean first = true;
            for (String line : output.split("\n")) {
                exp.append(first ? "; check: " : "; nextln: ").append(line).append('\n');
                first = false;
            }
        }
        return body + "\n" + exp.toString().replaceAll(" +\\n", "\n");
    }
}
