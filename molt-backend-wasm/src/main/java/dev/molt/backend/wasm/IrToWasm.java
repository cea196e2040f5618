package dev.molt.backend.wasm;

import dev.molt.backend.wasm.internal.FunctionLowering;
import dev.molt.ir.Function;
import dev.molt.ir.Module;
import dev.molt.ir.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers Molt IR functions of the machine subset to WebAssembly functions (issue 5 item 2, first part).
 *
 * <p>Supported: functions whose parameter and result types are {@code i64}, {@code f64} or {@code bool}
 * (mapped to WASM i64, f64 and i32 0/1), built from {@code i64.*}, {@code f64.*}, {@code bool.*},
 * {@code cf.br/cond_br/switch/return/unreachable} and {@code py.call_direct} between such functions, over a
 * reducible CFG. Control flow is made structured by the dominator-tree algorithm of Ramsey's "Beyond Relooper"
 * (ICFP 2022), described in docs/wasm.md. Python-level ops ({@code py.*} other than {@code py.call_direct}),
 * {@code rt.*}, unwind edges and irreducible control flow throw {@link UnsupportedOperationException} naming
 * the op or edge.
 */
public final class IrToWasm {
    private IrToWasm() {
    }

    /**
     * Declares and defines one WASM function per IR function of {@code ir}, in the module's order, named as in
     * the IR (name section). Exports nothing: the caller exports what it needs.
     *
     * @param ir a verified IR module (see {@code dev.molt.ir.verify.Verifier})
     * @param out the module to add the functions to
     * @return the WASM function of each IR function name, in the IR module's order
     * @throws UnsupportedOperationException for code outside the supported subset
     */
    public static Map<String, FuncIndex> lower(Module ir, WasmModule out) {
        Map<String, FuncIndex> indices = new LinkedHashMap<>();
        List<FunctionBody> bodies = new ArrayList<>();
        List<Function> functions = new ArrayList<>(ir.functions());
        for (Function f : functions) {
            if (f.defaultUnwind() != null) {
                throw new UnsupportedOperationException("wasm lowering: @" + f.name() + " has a default unwind block");
            }
            FunctionBody body = out.addFunction(f.name(), funcType(f));
            indices.put(f.name(), body.index());
            bodies.add(body);
        }
        for (int i = 0; i < functions.size(); i++) {
            FunctionLowering.lower(functions.get(i), bodies.get(i), indices);
        }
        return indices;
    }

    /** The WASM type of an IR function's signature. */
    public static FuncType funcType(Function f) {
        return FuncType.of(valTypes(f.signature().params()), valTypes(f.signature().results()));
    }

    private static List<ValType> valTypes(List<Type> types) {
        return types.stream().map(FunctionLowering::valType).toList();
    }
}
