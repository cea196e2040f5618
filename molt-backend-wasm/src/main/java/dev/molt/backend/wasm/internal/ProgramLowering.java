package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.DataSymbol;
import dev.molt.backend.wasm.FuncIndex;
import dev.molt.backend.wasm.FuncType;
import dev.molt.backend.wasm.FunctionBody;
import dev.molt.backend.wasm.GlobalIndex;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.LocalIndex;
import dev.molt.backend.wasm.MemArg;
import dev.molt.backend.wasm.ValType;
import dev.molt.backend.wasm.WasmModule;
import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Type;
import dev.molt.passes.analysis.CodeShape;
import dev.molt.runtime.StrEncoding;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Lowers a whole py-level IR program to one relocatable object (docs/wasm.md §5): the runtime imports, one WASM
 * function per IR function, fast entries and {@code MoltCode} descriptors for {@code py.make_function}, the program
 * data ({@link ProgramData}), {@code molt_wasm_init} (makes the constants, binds {@code __name__}) and
 * {@code __main_void}, which wasi-libc's {@code _start} calls: it runs {@code @__module__} as the C backend's
 * {@code main} does (uncaught exception: traceback, status 1; at a normal end {@code molt_runtime_fini} and status 0
 * returned from {@code _start}, not {@code proc_exit}).
 */
public final class ProgramLowering {
    /** NaN-boxing words of molt/value.h. */
    static final long NONE = 0xFFFB000000000000L;
    static final long FALSE = 0xFFFA000000000000L;
    static final long TRUE = 0xFFFA000000000001L;
    static final long ERROR = 0xFFFE000000000000L;
    static final long EXHAUSTED = 0xFFFF000000000000L;
    static final long UNBOUND = 0xFFF8000000000000L;
    static final long CANONICAL_NAN = 0x7FF8000000000000L;
    static final long TAG_INT = 0xFFF9000000000000L;
    static final long PAYLOAD = 0x0000FFFFFFFFFFFFL;
    static final long TAG_MASK = 0xFFFF000000000000L;
    static final long TAG_PTR = 0xFFFC000000000000L;

    final Module ir;
    final WasmModule m;
    final RuntimeImports rt;
    final GlobalIndex stackPointer;
    final ProgramData data;
    final FuncIndex incref;
    final FuncIndex decref;
    private final Map<String, FuncIndex> functions = new LinkedHashMap<>();
    private final Map<String, Integer> constants = new HashMap<>();
    private final List<BiConsumer<InstructionWriter, LocalIndex>> init = new ArrayList<>();
    private final Map<String, Integer> pyGlobals = new HashMap<>();
    private final Map<String, Integer> irGlobals = new HashMap<>();
    private final Map<String, Integer> builtinCaches = new HashMap<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private List<String> globalOrder = List.of();
    private int globalNames;

    private ProgramLowering(Module ir) {
        this.ir = ir;
        this.m = WasmModule.relocatable();
        this.rt = RuntimeImports.declare(m);
        this.stackPointer = m.importGlobal("env", "__stack_pointer", ValType.I32, true);
        this.data = new ProgramData(new DataSymbol(0));
        this.incref = increfHelper();
        this.decref = decrefHelper();
    }

    /**
     * The relocatable object of {@code ir}.
     *
     * @param ir a verified module that the C backend's support check accepts, with {@code @__module__() -> obj}
     * @return the object's bytes (deterministic)
     * @throws UnsupportedOperationException for the few ops the WASM backend lacks (named in the message)
     */
    public static byte[] lower(Module ir) {
        ProgramLowering p = new ProgramLowering(ir);
        List<FunctionBody> bodies = new ArrayList<>();
        for (Function f : ir.functions()) {
            FunctionBody b = p.m.addFunction("molt_fn_" + f.name(), PyFunctionLowering.funcType(f.signature()));
            p.functions.put(f.name(), b.index());
            bodies.add(b);
        }
        p.globalNames = p.globalNamesTable();
        List<Function> fs = new ArrayList<>(ir.functions());
        for (int i = 0; i < fs.size(); i++) {
            PyFunctionLowering.lower(p, fs.get(i), bodies.get(i));
        }
        FuncIndex initFn = p.initFunction();
        p.mainFunction(initFn);
        p.data.finish(p.m);
        return p.m.finish();
    }

    FuncIndex function(String name) {
        FuncIndex f = functions.get(name);
        if (f == null) {
            throw new UnsupportedOperationException("wasm lowering: call to @" + name + ", which is not in the module");
        }
        return f;
    }

    /** Pushes the address of data offset {@code off}. */
    void address(InstructionWriter w, int off) {
        w.i32ConstAddress(data.symbol(), off);
    }

    // ---- helpers defined in the object: molt_incref / molt_decref of molt/value.h ----

    private FuncIndex increfHelper() {
        FunctionBody b = m.addFunction("molt_wasm_incref", FuncType.of(List.of(ValType.I64), List.of(ValType.I64)));
        InstructionWriter w = b.code();
        LocalIndex v = b.param(0);
        LocalIndex p = b.addLocal(ValType.I32);
        // if ((v & TAG_MASK) == TAG_PTR) { p = v & PAYLOAD; if (p->refcnt >= 0) p->refcnt++; }
        w.localGet(v).i64Const(TAG_MASK).i64And().i64Const(TAG_PTR).i64Eq().if_(BlockType.EMPTY);
        w.localGet(v).i32WrapI64().localSet(p);
        w.localGet(p).i64Load(MemArg.natural(8, 0)).i64Const(0).i64GeS().if_(BlockType.EMPTY);
        w.localGet(p).localGet(p).i64Load(MemArg.natural(8, 0)).i64Const(1).i64Add().i64Store(MemArg.natural(8, 0));
        w.end().end();
        w.localGet(v);
        return b.index();
    }

    private FuncIndex decrefHelper() {
        FunctionBody b = m.addFunction("molt_wasm_decref", FuncType.of(List.of(ValType.I64), List.of()));
        InstructionWriter w = b.code();
        LocalIndex v = b.param(0);
        LocalIndex p = b.addLocal(ValType.I32);
        LocalIndex n = b.addLocal(ValType.I64);
        // if ptr: n = p->refcnt; if (n > 0) { p->refcnt = --n; if (n == 0) molt_dealloc(p); }
        w.localGet(v).i64Const(TAG_MASK).i64And().i64Const(TAG_PTR).i64Eq().if_(BlockType.EMPTY);
        w.localGet(v).i32WrapI64().localTee(p).i64Load(MemArg.natural(8, 0)).localTee(n).i64Const(0).i64GtS();
        w.if_(BlockType.EMPTY);
        w.localGet(p).localGet(n).i64Const(1).i64Sub().localTee(n).i64Store(MemArg.natural(8, 0));
        w.localGet(n).i64Eqz().if_(BlockType.EMPTY);
        w.localGet(p).call(rt.get("molt_dealloc")).end();
        w.end().end();
        return b.index();
    }

    // ---- constants (made by molt_wasm_init, owned by the module) ----

    private int constant(String key, BiConsumer<InstructionWriter, LocalIndex> make) {
        Integer at = constants.get(key);
        if (at != null) {
            return at;
        }
        int slot = data.slot(NONE);
        constants.put(key, slot);
        init.add((w, t) -> {
            make.accept(w, t);
            w.localSet(t);
            w.localGet(t).i64Const(ERROR).i64Eq().if_(BlockType.EMPTY);
        w.i32Const(-1).return_().end();
            address(w, slot);
            w.localGet(t).i64Store(MemArg.natural(8, 0));
        });
        return slot;
    }

    /** The slot of the str constant {@code s}. */
    int strConstant(String s) {
        byte[] utf8 = StrEncoding.utf8(s);
        return constant("s:" + s, (w, t) -> {
            address(w, data.cString(utf8));
            w.i32Const(utf8.length).call(rt.get("molt_str_from_utf8"));
        });
    }

    /** The slot of the int constant {@code v} (outside the small-int range). */
    int bigIntConstant(BigInteger v) {
        String digits = v.toString();
        return constant("i:" + digits, (w, t) -> {
            address(w, data.cString(digits));
            w.i32Const(digits.length()).i32Const(10).call(rt.get("molt_int_from_utf8"));
        });
    }

    /** The slot of the tuple constant {@code value} (its elements are made first). */
    int tupleConstant(Attr.Array value) {
        String key = "t:" + value;
        Integer at = constants.get(key);
        if (at != null) {
            return at;
        }
        List<BiConsumer<InstructionWriter, LocalIndex>> elements = new ArrayList<>();
        for (Attr a : value.elements()) {
            elements.add(element(a));
        }
        return constant(key, (w, t) -> {
            w.i64Const(elements.size()).call(rt.get("molt_tuple_new")).localSet(t);
            w.localGet(t).i64Const(ERROR).i64Eq().if_(BlockType.EMPTY);
        w.i32Const(-1).return_().end();
            for (int i = 0; i < elements.size(); i++) {
                w.localGet(t).i64Const(i);
                elements.get(i).accept(w, t);
                w.call(rt.get("molt_tuple_set"));
            }
            w.localGet(t);
        });
    }

    /** Code pushing a new reference to a tuple element constant. */
    private BiConsumer<InstructionWriter, LocalIndex> element(Attr a) {
        return switch (a) {
            case Attr.Int i when i.value().bitLength() <= 47 -> (w, t) -> w.i64Const(smallInt(i.value().longValue()));
            case Attr.Int i -> slotRef(bigIntConstant(i.value()));
            case Attr.Float f -> (w, t) -> w.i64Const(boxDouble(f.value()));
            case Attr.Str s -> slotRef(strConstant(s.value()));
            case Attr.Bool b -> (w, t) -> w.i64Const(b.value() ? TRUE : FALSE);
            case Attr.Array arr -> slotRef(tupleConstant(arr));
            default -> throw new UnsupportedOperationException("wasm lowering: tuple constant element " + a);
        };
    }

    private BiConsumer<InstructionWriter, LocalIndex> slotRef(int slot) {
        return (w, t) -> {
            address(w, slot);
            w.i64Load(MemArg.natural(8, 0)).call(incref);
        };
    }

    static long smallInt(long v) {
        return TAG_INT | (v & PAYLOAD);
    }

    static long boxDouble(double d) {
        return Double.isNaN(d) ? CANONICAL_NAN : Double.doubleToRawLongBits(d);
    }

    // ---- globals ----

    /** The slot of Python module global {@code name} (MOLT_ERROR: unbound). */
    int pyGlobal(String name) {
        return pyGlobals.computeIfAbsent(name, k -> data.slot(ERROR));
    }

    /** The slot of IR global {@code name} of type {@code t} (obj: None, else 0). */
    int irGlobal(String name, Type t) {
        return irGlobals.computeIfAbsent(name, k -> data.slot(t.equals(Type.OBJ) ? NONE : 0));
    }

    /**
     * Bytes reserved for one attribute-access site's {@code MoltCgAttrCache} (molt/codegen.h; 72 bytes on wasm32
     * today): zero-initialised, 8-aligned. codegen_extern.c checks that the struct fits.
     */
    static final int ATTR_CACHE_BYTES = 128;

    /** A new zeroed attribute site cache (py.getattr / py.setattr). */
    int attrCache() {
        return data.zeros(ATTR_CACHE_BYTES);
    }

    /** The slot caching the builtin {@code name} for py.load_global (0 until first looked up). */
    int builtinCache(String name) {
        return builtinCaches.computeIfAbsent(name, k -> data.slot(0));
    }

    /** The offset of the C string {@code s}. */
    int cString(String s) {
        return data.cString(s);
    }

    // ---- names for "Did you mean" (molt/suggestions.h, wasm32 layouts: MoltGlobalName 2 x 4 bytes,
    //      MoltFrameNames 4 x 4 bytes), as the C backend's FrameNames ----

    /**
     * The module's {@code MoltGlobalName} table: the globals a program can bind, {@code {name, &slot}}, in the order
     * CPython's globals dict would first hold them (approximated statically: names stored by {@code @__module__}
     * in op order, then those stored only by other functions).
     */
    private int globalNamesTable() {
        java.util.Set<String> order = new java.util.LinkedHashSet<>();
        List<Function> fs = new ArrayList<>(ir.functions());
        fs.sort((a, b) -> Boolean.compare(!a.name().equals("__module__"), !b.name().equals("__module__")));
        for (Function f : fs) {
            for (dev.molt.ir.Block b : f.blocks()) {
                for (dev.molt.ir.Op op : b.ops()) {
                    if (op.is("py.store_global")) order.add(op.strAttr("name"));
                }
            }
        }
        globalOrder = List.copyOf(order);
        List<int[]> entries = new ArrayList<>();
        for (String g : globalOrder) entries.add(new int[] {data.cString(g), pyGlobal(g)});
        int at = data.here(4);
        for (int[] e : entries) {
            data.pointer(e[0], false);
            data.pointer(e[1], false);
        }
        if (entries.isEmpty()) data.int32(0);
        return at;
    }

    /** The offset of {@code f}'s {@code MoltFrameNames}: its co_varnames ({@code varnames} attribute), the globals. */
    int frameNames(Function f) {
        List<Integer> names = new ArrayList<>();
        if (f.attr("varnames") instanceof Attr.Array a) {
            for (Attr e : a.elements()) names.add(data.cString(((Attr.Str) e).value()));
        }
        int varnames = data.here(4);
        for (int n : names) data.pointer(n, false);
        int at = data.here(4);
        data.pointer(varnames, names.isEmpty());
        data.int32(names.size());
        data.int32(globalOrder.size());
        data.pointer(globalNames, false);
        return at;
    }

    // ---- code descriptors (call.h MoltCode, wasm32 layout: 10 fields of 4 bytes) ----

    /** The offset of {@code code}'s MoltCode (with its fast entry and varnames). */
    int codeDescriptor(Function code) {
        Integer at = codes.get(code.name());
        if (at != null) {
            return at;
        }
        CodeShape s = CodeShape.of(code);
        FuncIndex fast = fastEntry(code, s);
        List<Integer> names = s.varnames().stream().map(data::cString).toList();
        int name = data.cString(s.coName());
        int qualname = data.cString(s.qualname());
        int doc = s.doc() == null ? -1 : data.cString(s.doc());
        int varnames = data.here(4);
        if (names.isEmpty()) {
            data.pointer(0, true);
        }
        for (int n : names) {
            data.pointer(n, false);
        }
        int desc = data.here(8);
        data.pointer(name, false);
        data.pointer(qualname, false);
        data.int32(s.argcount());
        data.int32(s.posonly());
        data.int32(s.kwonly());
        data.int32(s.flags());
        data.int32(s.cells());
        data.pointer(varnames, false);
        data.functionPointer(fast);
        data.pointer(Math.max(doc, 0), doc < 0);
        codes.put(code.name(), desc);
        return desc;
    }

    /** {@code MoltValue molt_fast_X(MoltValue *frame)}: frame[params + i] are the cells, frame[0..params) the parameters. */
    private FuncIndex fastEntry(Function code, CodeShape s) {
        FunctionBody b = m.addFunction("molt_fast_" + code.name(), FuncType.of(List.of(ValType.I32), List.of(ValType.I64)));
        InstructionWriter w = b.code();
        int params = code.signature().params().size() - s.cells();
        for (int i = 0; i < s.cells(); i++) {
            w.localGet(b.param(0)).i64Load(MemArg.natural(8, 8 * (params + i)));
        }
        for (int i = 0; i < params; i++) {
            w.localGet(b.param(0)).i64Load(MemArg.natural(8, 8 * i));
        }
        w.call(function(code.name()));
        return b.index();
    }

    // ---- init and main ----

    private FuncIndex initFunction() {
        if (pyGlobals.containsKey("__name__")) {
            int main = strConstant("__main__");
            int slot = pyGlobal("__name__");
            init.add((w, t) -> {
                address(w, slot);
                address(w, main);
                w.i64Load(MemArg.natural(8, 0)).call(incref).i64Store(MemArg.natural(8, 0));
            });
        }
        FunctionBody b = m.addFunction("molt_wasm_init", FuncType.of(List.of(), List.of(ValType.I32)));
        LocalIndex t = b.addLocal(ValType.I64);
        for (var step : init) {
            step.accept(b.code(), t);
        }
        b.code().i32Const(0);
        return b.index();
    }

    private void mainFunction(FuncIndex initFn) {
        FunctionBody b = m.addFunction("__main_void", FuncType.of(List.of(), List.of(ValType.I32)));
        m.exportSymbol(b.index());
        InstructionWriter w = b.code();
        LocalIndex r = b.addLocal(ValType.I64);
        w.call(rt.get("molt_runtime_init")).i32Const(0).i32LtS().if_(BlockType.EMPTY);
        w.i32Const(1).return_().end();
        w.call(initFn).i32Const(0).i32LtS().if_(BlockType.EMPTY);
        w.call(rt.get("molt_exit_uncaught")).end();
        w.call(function("__module__")).localTee(r).i64Const(ERROR).i64Eq();
        w.if_(BlockType.EMPTY);
        w.call(rt.get("molt_exit_uncaught")).end();
        w.localGet(r).call(decref);
        // molt_exit(0) without proc_exit: flush and release, then return 0 from _start (wasi-libc calls proc_exit
        // only for a nonzero status), so a normal run ends without unwinding through the wasm stack.
        w.call(rt.get("molt_runtime_fini"));
        w.i32Const(0);
    }
}
