package dev.molt.ir.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dominators on a graph of int nodes by Cooper, Harvey and Kennedy's iterative algorithm ("A Simple, Fast
 * Dominance Algorithm", 2001), with pre/post numbering of the dominator tree for O(1) dominance queries.
 * Unreachable nodes have no idom and are dominated by nothing (and dominate nothing but themselves).
 */
public final class Dominance {
    /** idom per node; the entry's idom is itself; -1 for unreachable nodes. */
    public final int[] idom;
    /** Reverse post-order of the reachable nodes. */
    public final int[] rpo;
    private final int[] pre;
    private final int[] post;
    private final List<List<Integer>> children;

    /** Computes dominators of the {@code n} nodes reachable from {@code entry} along {@code succs}. */
    public Dominance(int n, int entry, int[][] succs) {
        // iterative DFS for post-order
        int[] order = new int[n];
        int[] rpoIndex = new int[n];
        Arrays.fill(rpoIndex, -1);
        boolean[] seen = new boolean[n];
        int[] stack = new int[n + 1];
        int[] edge = new int[n];
        int sp = 0, count = 0;
        stack[sp++] = entry;
        seen[entry] = true;
        int[] postOrder = new int[n];
        while (sp > 0) {
            int v = stack[sp - 1];
            if (edge[v] < succs[v].length) {
                int w = succs[v][edge[v]++];
                if (!seen[w]) {
                    seen[w] = true;
                    stack[sp++] = w;
                }
            } else {
                sp--;
                postOrder[count++] = v;
            }
        }
        rpo = new int[count];
        for (int i = 0; i < count; i++) rpo[i] = postOrder[count - 1 - i];
        for (int i = 0; i < count; i++) rpoIndex[rpo[i]] = i;
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>());
        for (int v = 0; v < n; v++) if (seen[v]) for (int w : succs[v]) preds.get(w).add(v);
        idom = new int[n];
        Arrays.fill(idom, -1);
        idom[entry] = entry;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < count; i++) {
                int b = rpo[i];
                int newIdom = -1;
                for (int pr : preds.get(b)) {
                    if (idom[pr] == -1) continue;
                    newIdom = newIdom == -1 ? pr : intersect(pr, newIdom, rpoIndex);
                }
                if (newIdom != idom[b]) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        for (int i = 1; i < count; i++) children.get(idom[rpo[i]]).add(rpo[i]);
        pre = new int[n];
        post = new int[n];
        Arrays.fill(pre, -1);
        Arrays.fill(post, -1);
        int clock = 0;
        int[] st = new int[n + 1];
        int[] ci = new int[n];
        sp = 0;
        st[sp++] = entry;
        pre[entry] = clock++;
        while (sp > 0) {
            int v = st[sp - 1];
            if (ci[v] < children.get(v).size()) {
                int c = children.get(v).get(ci[v]++);
                pre[c] = clock++;
                st[sp++] = c;
            } else {
                post[v] = clock++;
                sp--;
            }
        }
    }

    private int intersect(int a, int b, int[] rpoIndex) {
        while (a != b) {
            while (rpoIndex[a] > rpoIndex[b]) a = idom[a];
            while (rpoIndex[b] > rpoIndex[a]) b = idom[b];
        }
        return a;
    }

    /** Whether {@code n} is reachable from the entry. */
    public boolean reachable(int n) {
        return pre[n] >= 0;
    }

    /** Whether {@code a} dominates {@code b} (reflexive); false if either is unreachable, unless a == b. */
    public boolean dominates(int a, int b) {
        if (a == b) return true;
        if (pre[a] < 0 || pre[b] < 0) return false;
        return pre[a] <= pre[b] && post[b] <= post[a];
    }

    /** The dominator-tree children of {@code n}, in RPO discovery order. */
    public List<Integer> children(int n) {
        return children.get(n);
    }
}
