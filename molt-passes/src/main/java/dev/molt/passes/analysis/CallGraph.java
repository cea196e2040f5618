package dev.molt.passes.analysis;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edges between the functions of a module: {@code f -> g} when {@code f} calls {@code g} directly
 * ({@code py.call_direct {callee = @g}}) or creates a function object of it ({@code py.make_function {code = @g}}).
 * Dynamic {@code py.call}s are unknown targets and make no edge. {@link #bottomUpOrder()} lists strongly
 * connected components callees-first (Tarjan 1972), the order inlining wants.
 */
public final class CallGraph {
    private final Module module;
    private final Map<Function, Set<Function>> callees = new IdentityHashMap<>();
    private final Map<Function, Set<Function>> callers = new IdentityHashMap<>();

    private CallGraph(Module m) {
        this.module = m;
        for (Function f : m.functions()) {
            callees.put(f, new LinkedHashSet<>());
            callers.put(f, new LinkedHashSet<>());
        }
        for (Function f : m.functions())
            for (Op op : f.ops()) {
                Attr a = op.is("py.call_direct") ? op.attr("callee") : op.is("py.make_function") ? op.attr("code") : null;
                if (a instanceof Attr.Symbol s && m.function(s.name()) != null) {
                    Function g = m.function(s.name());
                    callees.get(f).add(g);
                    callers.get(g).add(f);
                }
            }
    }

    /** Computes the call graph of {@code m}. */
    public static CallGraph of(Module m) {
        return new CallGraph(m);
    }

    /** Functions {@code f} calls or creates, in first-reference order. */
    public Set<Function> callees(Function f) {
        return java.util.Collections.unmodifiableSet(callees.getOrDefault(f, new LinkedHashSet<>()));
    }

    /** Functions that call or create {@code f}, in module order. */
    public Set<Function> callers(Function f) {
        return java.util.Collections.unmodifiableSet(callers.getOrDefault(f, new LinkedHashSet<>()));
    }

    /** Strongly connected components, each callee component before its callers. */
    public List<List<Function>> bottomUpOrder() {
        List<List<Function>> out = new ArrayList<>();
        Map<Function, Integer> index = new IdentityHashMap<>(), low = new IdentityHashMap<>();
        ArrayDeque<Function> stack = new ArrayDeque<>();
        Set<Function> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int[] counter = {0};
        for (Function f : module.functions()) if (!index.containsKey(f)) strong(f, index, low, stack, onStack, counter, out);
        return out;
    }

    private void strong(Function v, Map<Function, Integer> index, Map<Function, Integer> low, ArrayDeque<Function> stack,
                        Set<Function> onStack, int[] counter, List<List<Function>> out) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (Function w : callees.get(v)) {
            if (!index.containsKey(w)) {
                strong(w, index, low, stack, onStack, counter, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) low.put(v, Math.min(low.get(v), index.get(w)));
        }
        if (low.get(v).equals(index.get(v))) {
            List<Function> scc = new ArrayList<>();
            Function w;
            do {
                w = stack.pop();
                onStack.remove(w);
                scc.add(w);
            } while (w != v);
            out.add(List.copyOf(scc));
        }
    }
}
