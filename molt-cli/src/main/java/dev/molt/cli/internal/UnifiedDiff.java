package dev.molt.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based unified diff ({@code diff -u} layout: {@code ---}/{@code +++} headers, {@code @@ -a,b +c,d @@} hunks
 * with 3 lines of context), for {@code molt diff --verbose}. The common prefix and suffix are trimmed, then the rest
 * is matched by a longest-common-subsequence table; when that table would exceed 4 million cells the rest is shown
 * as removed and added wholesale (still a correct, if not minimal, diff).
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {}

    /** One edit: {@code ' '} keep, {@code '-'} only in a, {@code '+'} only in b. */
    private record Edit(char kind, String line) {}

    /**
     * The first line (1-based) at which {@code a} and {@code b} differ, lines compared with their {@code \n}, so a
     * missing final newline makes the last line differ. 0 if they are equal.
     */
    static int firstDifferentLine(String a, String b) {
        if (a.equals(b)) return 0;
        List<String> x = lines(a);
        List<String> y = lines(b);
        int i = 0;
        while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) i++;
        return i + 1;
    }

    /**
     * The unified diff from {@code a} to {@code b}, or "" if equal.
     *
     * @param a the expected text, split on {@code \n}
     * @param b the actual text
     * @param nameA the header name of {@code a}
     * @param nameB the header name of {@code b}
     * @return the diff, each line ending with {@code \n}; {@code \ No newline at end of file} marks as diff does
     */
    static String diff(String a, String b, String nameA, String nameB) {
        if (a.equals(b)) return "";
        List<String> x = lines(a);
        List<String> y = lines(b);
        List<Edit> edits = edits(x, y);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(nameA).append('\n').append("+++ ").append(nameB).append('\n');
        int n = edits.size();
        int i = 0;
        int lineA = 1;
        int lineB = 1;
        while (i < n) {
            if (edits.get(i).kind() == ' ') {
                i++;
                lineA++;
                lineB++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            // extend the hunk while changes are within 2*CONTEXT of each other
            int lastChange = i;
            for (int j = i; j < n; j++) {
                if (edits.get(j).kind() != ' ') lastChange = j;
                else if (j - lastChange > 2 * CONTEXT) break;
            }
            int end = Math.min(n - 1, lastChange + CONTEXT);
            int a0 = lineA - (i - start);
            int b0 = lineB - (i - start);
            int countA = 0;
            int countB = 0;
            for (int j = start; j <= end; j++) {
                char k = edits.get(j).kind();
                if (k != '+') countA++;
                if (k != '-') countB++;
            }
            sb.append("@@ -").append(range(a0, countA)).append(" +").append(range(b0, countB)).append(" @@\n");
            for (int j = start; j <= end; j++) {
                Edit e = edits.get(j);
                sb.append(e.kind()).append(e.line());
                if (!e.line().endsWith("\n")) sb.append("\n\\ No newline at end of file\n");
            }
            for (int j = i; j <= end; j++) {
                char k = edits.get(j).kind();
                if (k != '+') lineA++;
                if (k != '-') lineB++;
            }
            i = end + 1;
        }
        return sb.toString();
    }

    private static String range(int start, int count) {
        if (count == 0) return (start - 1) + ",0";
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    /** The lines of {@code s}, each keeping its {@code \n} (the last may lack it). */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            int to = nl < 0 ? s.length() : nl + 1;
            out.add(s.substring(from, to));
            from = to;
        }
        return out;
    }

    private static List<Edit> edits(List<String> x, List<String> y) {
        int pre = 0;
        while (pre < x.size() && pre < y.size() && x.get(pre).equals(y.get(pre))) pre++;
        int suf = 0;
        while (suf < x.size() - pre && suf < y.size() - pre
                && x.get(x.size() - 1 - suf).equals(y.get(y.size() - 1 - suf))) suf++;
        List<String> mx = x.subList(pre, x.size() - suf);
        List<String> my = y.subList(pre, y.size() - suf);
        List<Edit> out = new ArrayList<>();
        for (int i = 0; i < pre; i++) out.add(new Edit(' ', x.get(i)));
        int n = mx.size();
        int m = my.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (String s : mx) out.add(new Edit('-', s));
            for (String s : my) out.add(new Edit('+', s));
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = mx.get(i).equals(my.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && mx.get(i).equals(my.get(j))) {
                    out.add(new Edit(' ', mx.get(i++)));
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    out.add(new Edit('-', mx.get(i++)));
                } else {
                    out.add(new Edit('+', my.get(j++)));
                }
            }
        }
        for (int i = x.size() - suf; i < x.size(); i++) out.add(new Edit(' ', x.get(i)));
        return out;
    }
}
