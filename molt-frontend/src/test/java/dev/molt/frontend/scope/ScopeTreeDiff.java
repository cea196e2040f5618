package dev.molt.frontend.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a {@link Scope} tree with the oracle's TABLE form ({@code [type, name, lineno, symbols, children]}),
 * listing every difference: scope type, name, line, child count, symbol names (in order, apart from the
 * pass-through free names whose order CPython leaves to set iteration) and every flag of every symbol.
 */
final class ScopeTreeDiff {
    static final String[] FLAG_NAMES = {"is_local", "is_global", "is_declared_global", "is_nonlocal", "is_free",
        "is_parameter", "is_imported", "is_assigned", "is_referenced", "is_annotated", "is_namespace", "is_cell"};

    private ScopeTreeDiff() {}

    static String bits(Symbol s) {
        boolean[] b = {s.isLocal(), s.isGlobal(), s.isDeclaredGlobal(), s.isNonlocal(), s.isFree(), s.isParameter(),
            s.isImported(), s.isAssigned(), s.isReferenced(), s.isAnnotated(), s.isNamespace(), s.isCell()};
        StringBuilder sb = new StringBuilder();
        for (boolean x : b) {
            sb.append(x ? '1' : '0');
        }
        return sb.toString();
    }

    /** Whether a symbol only passes a free variable through (its order in CPython is set order). */
    private static boolean passThrough(String bits) {
        // free, and not local/param/imported/assigned/referenced/annotated/nonlocal
        return bits.charAt(4) == '1' && bits.charAt(3) == '0' && bits.charAt(5) == '0' && bits.charAt(6) == '0'
                && bits.charAt(7) == '0' && bits.charAt(8) == '0' && bits.charAt(9) == '0';
    }

    static List<String> diff(Scope ours, List<Object> theirs) {
        List<String> out = new ArrayList<>();
        diff(ours, theirs, "top", out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void diff(Scope ours, List<Object> t, String where, List<String> out) {
        String type = (String) t.get(0);
        String name = (String) t.get(1);
        int lineno = ((Number) t.get(2)).intValue();
        if (!ours.type().symtableName().equals(type) || !ours.name().equals(name) || ours.lineno() != lineno) {
            out.add(where + ": scope is " + ours.type().symtableName() + " " + ours.name() + "@" + ours.lineno()
                    + ", CPython has " + type + " " + name + "@" + lineno);
            return;
        }
        Map<String, String> theirSyms = new LinkedHashMap<>();
        for (Object o : (List<Object>) t.get(3)) {
            List<Object> p = (List<Object>) o;
            theirSyms.put((String) p.get(0), (String) p.get(1));
        }
        Map<String, String> ourSyms = new LinkedHashMap<>();
        for (Symbol s : ours.symbols()) {
            ourSyms.put(s.name(), bits(s));
        }
        if (!new TreeSet<>(ourSyms.keySet()).equals(new TreeSet<>(theirSyms.keySet()))) {
            TreeSet<String> extra = new TreeSet<>(ourSyms.keySet());
            extra.removeAll(theirSyms.keySet());
            TreeSet<String> missing = new TreeSet<>(theirSyms.keySet());
            missing.removeAll(ourSyms.keySet());
            out.add(where + ": symbols differ; we have extra " + extra + ", missing " + missing);
        } else {
            List<String> ourOrder = new ArrayList<>();
            ourSyms.forEach((k, v) -> {
                if (!passThrough(v)) {
                    ourOrder.add(k);
                }
            });
            List<String> theirOrder = new ArrayList<>();
            theirSyms.forEach((k, v) -> {
                if (!passThrough(v)) {
                    theirOrder.add(k);
                }
            });
            if (!ourOrder.equals(theirOrder)) {
                out.add(where + ": symbol order " + ourOrder + " vs CPython " + theirOrder);
            }
        }
        for (Map.Entry<String, String> e : ourSyms.entrySet()) {
            String tb = theirSyms.get(e.getKey());
            if (tb != null && !tb.equals(e.getValue())) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < FLAG_NAMES.length; k++) {
                    if (tb.charAt(k) != e.getValue().charAt(k)) {
                        sb.append(' ').append(FLAG_NAMES[k]).append(": ours=").append(e.getValue().charAt(k) == '1')
                                .append(" cpython=").append(tb.charAt(k) == '1');
                    }
                }
                out.add(where + ": symbol '" + e.getKey() + "'" + sb);
            }
        }
        List<Object> kids = (List<Object>) t.get(4);
        if (kids.size() != ours.children().size()) {
            List<String> ourKids = new ArrayList<>();
            for (Scope c : ours.children()) {
                ourKids.add(c.name() + "@" + c.lineno());
            }
            List<String> theirKids = new ArrayList<>();
            for (Object k : kids) {
                List<Object> kl = (List<Object>) k;
                theirKids.add(kl.get(1) + "@" + kl.get(2));
            }
            out.add(where + ": children " + ourKids + " vs CPython " + theirKids);
            return;
        }
        for (int k = 0; k < kids.size(); k++) {
            Scope c = ours.children().get(k);
            diff(c, (List<Object>) kids.get(k), where + "/" + c.name() + "@" + c.lineno(), out);
        }
    }
}
