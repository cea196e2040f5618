package dev.molt.passes.internal;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpResult;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link TypeInference} may trust about a module's names, found by reading every op once:
 *
 * <ul>
 *   <li><b>closed functions</b> — a plain module-level function whose object is made once, bound once to a
 *       global, and otherwise only called: every load of that global is the callee of a {@code py.call} with
 *       exactly the function's parameters, positionally (no keywords, no defaults used, no {@code *args}), and
 *       the global is never rebound, deleted, read by a class body or a builtin name. Such a function's
 *       parameters receive only what its call sites pass, and its calls return only what it returns.</li>
 *   <li><b>closed {@code __init__}</b> — the same for the {@code __init__} of a class without keywords whose
 *       class object is bound once to a global and otherwise only called ({@code C(args)}, so nothing subclasses
 *       it and nothing else reaches its {@code __init__}); parameter 0 is the new instance.</li>
 *   <li><b>inferable globals</b> — assigned somewhere in the module, never deleted, not builtin names.</li>
 *   <li><b>inferable attributes</b> — names no builtin object has ({@link BuiltinAttributeNames}), that no class
 *       body binds (a method, property or class attribute would answer the load), so every successful load
 *       returns a value some {@code py.setattr} of the module stored.</li>
 * </ul>
 *
 * A module that names a reflective builtin ({@link #REFLECTIVE_BUILTINS}) or attribute
 * ({@link #REFLECTIVE_ATTRIBUTES}), or whose class bodies bind an attribute hook ({@link #ATTRIBUTE_HOOKS}), can
 * read or write any of these behind the compiler's back: then nothing is closed or inferable.
 */
public final class ClosedCallees {
    /** Builtins that read or write globals or attributes by computed names, or reach a class through an object. */
    public static final Set<String> REFLECTIVE_BUILTINS = Set.of("globals", "vars", "locals", "setattr", "delattr",
            "getattr", "type", "eval", "exec", "compile", "__import__", "__builtins__");
    /** Attributes that expose namespaces, classes, or function objects to other callers than their names. */
    public static final Set<String> REFLECTIVE_ATTRIBUTES = Set.of("__dict__", "__class__", "__setattr__", "__getattr__",
            "__getattribute__", "__delattr__", "__init__", "__call__", "__code__", "__defaults__", "__kwdefaults__",
            "__globals__", "__func__", "__self__", "__closure__", "__wrapped__", "__bases__", "__mro__", "mro",
            "__subclasses__", "f_globals", "f_locals", "f_back", "gi_frame", "tb_frame");
    /** Methods a class body may bind that make an instance attribute load or store run user code. */
    public static final Set<String> ATTRIBUTE_HOOKS = Set.of("__getattr__", "__getattribute__", "__setattr__", "__delattr__");

    /** A closed function: its IR function, and whether it is a class's {@code __init__} (arguments shift by one). */
    public record Callee(Function code, boolean isInit) {}

    private final boolean reflective;
    private final Map<String, Integer> globalStores = new HashMap<>();
    private final Set<String> deletedGlobals = new HashSet<>();
    private final Set<String> classBodyNames = new HashSet<>();
    private final Set<String> namespaceLoads = new HashSet<>();
    private final Map<Function, Callee> closed = new IdentityHashMap<>();
    private final Map<Op, Callee> calls = new IdentityHashMap<>();

    private ClosedCallees(Module m) {
        boolean refl = false;
        Map<String, List<Op>> makers = new HashMap<>();
        Map<String, List<Op>> globalLoads = new HashMap<>();
        for (Function f : m.functions())
            for (Op op : f.ops()) {
                refl |= switch (op.name()) {
                    case "py.load_global", "py.builtin", "py.load_name" -> REFLECTIVE_BUILTINS.contains(op.strAttr("name"));
                    case "py.getattr", "py.setattr", "py.delattr" -> REFLECTIVE_ATTRIBUTES.contains(op.strAttr("name"));
                    case "py.store_name" -> ATTRIBUTE_HOOKS.contains(op.strAttr("name"));
                    default -> false;
                };
                switch (op.name()) {
                    case "py.store_global" -> globalStores.merge(op.strAttr("name"), 1, Integer::sum);
                    case "py.delete_global" -> deletedGlobals.add(op.strAttr("name"));
                    case "py.load_name" -> namespaceLoads.add(op.strAttr("name"));
                    case "py.store_name" -> {
                        if (kind(f).equals("class")) classBodyNames.add(op.strAttr("name"));
                    }
                    case "py.load_global" -> globalLoads.computeIfAbsent(op.strAttr("name"), k -> new ArrayList<>()).add(op);
                    case "py.make_function" ->
                            makers.computeIfAbsent(symbol(op.attr("code")), k -> new ArrayList<>()).add(op);
                    default -> {
                    }
                }
            }
        this.reflective = refl;
        if (refl) return;
        for (Function f : m.functions()) {
            List<Op> made = makers.get(f.name());
            if (made == null || made.size() != 1 || !plainFixedArity(f, made.get(0))) continue;
            Op user = soleUser(made.get(0).result());
            if (user == null) continue;
            if (user.is("py.store_global") && kind(user.block().function()).equals("module")) {
                close(f, false, user.strAttr("name"), f.entry().params().size(), globalLoads);
            } else if (user.is("py.store_name") && user.strAttr("name").equals("__init__") && user.operand(1) == made.get(0).result()) {
                String g = classGlobal(user.block().function(), makers);
                if (g != null) close(f, true, g, f.entry().params().size() - 1, globalLoads);
            }
        }
        for (Function f : m.functions())
            for (Op op : f.ops())
                if (op.is("py.call_direct") && m.function(symbol(op.attr("callee"))) instanceof Function callee
                        && closed.get(callee) instanceof Callee c && !c.isInit())
                    calls.put(op, c);
    }

    /** Reads {@code m}. */
    public static ClosedCallees of(Module m) {
        return new ClosedCallees(m);
    }

    /** The closed function {@code f} is, or {@code null}. */
    public Callee callee(Function f) {
        return closed.get(f);
    }

    /** The closed function a {@code py.call}/{@code py.call_direct} calls, or {@code null}. */
    public Callee callAt(Op call) {
        return calls.get(call);
    }

    /** The globals the module assigns. */
    public Set<String> storedGlobals() {
        return globalStores.keySet();
    }

    /** Whether every value of global {@code name} is one the module stores into it. */
    public boolean inferableGlobal(String name) {
        return !reflective && globalStores.containsKey(name) && !deletedGlobals.contains(name) && !BuiltinNames.contains(name);
    }

    /** Whether every successful load of attribute {@code name} returns a value the module stores by {@code py.setattr}. */
    public boolean inferableAttribute(String name) {
        return !reflective && !BuiltinAttributeNames.contains(name) && !classBodyNames.contains(name);
    }

    /** Marks {@code f}, bound to global {@code g}, closed if every load of {@code g} is a call with {@code argc} arguments. */
    private void close(Function f, boolean init, String g, int argc, Map<String, List<Op>> globalLoads) {
        if (argc < 0 || globalStores.getOrDefault(g, 0) != 1 || deletedGlobals.contains(g) || namespaceLoads.contains(g)
                || BuiltinNames.contains(g)) return;
        Callee c = new Callee(f, init);
        Map<Op, Callee> sites = new IdentityHashMap<>();
        for (Op load : globalLoads.getOrDefault(g, List.of()))
            for (Op use : load.result().users()) {
                boolean call = use.is("py.call") && use.attr("kwnames") == null && use.operand(0) == load.result()
                        && use.operands().size() - 1 == argc
                        && use.operands().subList(1, use.operands().size()).stream().noneMatch(v -> v == load.result());
                if (!call) return;
                sites.put(use, c);
            }
        closed.put(f, c);
        calls.putAll(sites);
    }

    /**
     * The global the class whose body is {@code body} is bound to, if the class is made once, without keywords,
     * and its body binds {@code __init__} once and never reads it.
     */
    private static String classGlobal(Function body, Map<String, List<Op>> makers) {
        if (!kind(body).equals("class")) return null;
        int inits = 0;
        for (Op op : body.ops()) {
            if (op.is("py.store_name") && op.strAttr("name").equals("__init__")) inits++;
        }
        List<Op> made = makers.get(body.name());
        if (inits != 1 || made == null || made.size() != 1) return null;
        Op makeClass = soleUser(made.get(0).result());
        if (makeClass == null || !makeClass.is("py.make_class") || makeClass.operand(0) != made.get(0).result()
                || !(makeClass.operand(2) instanceof OpResult kw && kw.op().is("py.const.none"))) return null;
        Op store = soleUser(makeClass.result());
        return store != null && store.is("py.store_global") && kind(store.block().function()).equals("module")
                ? store.strAttr("name") : null;
    }

    /** A plain function (not a generator, lambda closure or method with free variables) of fixed arity. */
    private static boolean plainFixedArity(Function f, Op make) {
        return kind(f).equals("plain") && make.operands().size() == 2 && f.attr("varargs") instanceof Attr.Bool va
                && !va.value() && f.attr("varkeywords") instanceof Attr.Bool vk && !vk.value()
                && f.attr("kwonlyargs") instanceof Attr.Int k && k.value().signum() == 0;
    }

    private static Op soleUser(Value v) {
        List<Op> users = v.users();
        return users.size() == 1 && users.get(0).operands().stream().filter(x -> x == v).count() == 1 ? users.get(0) : null;
    }

    private static String kind(Function f) {
        return f.attr("kind") instanceof Attr.Str s ? s.value() : "";
    }

    private static String symbol(Attr a) {
        return a instanceof Attr.Symbol s ? s.name() : "";
    }
}
