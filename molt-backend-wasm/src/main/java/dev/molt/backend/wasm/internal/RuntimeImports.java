package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.FuncIndex;
import dev.molt.backend.wasm.FuncType;
import dev.molt.backend.wasm.ValType;
import dev.molt.backend.wasm.WasmModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime functions (molt/molt.h, molt/codegen.h compiled with external linkage by codegen_extern.c) that
 * generated WebAssembly calls, with their wasm32 signatures: {@code MoltValue}, {@code int64_t} → i64; pointers,
 * {@code int}, {@code bool}, {@code char} and {@code size_t} (32 bits on wasm32) → i32; {@code double} → f64
 * (the C ABI of clang's wasm32 target, tool-conventions BasicCABI.md). All are imported as undefined symbols of the
 * object; {@code wasm-ld} resolves them against {@code libmolt.a} and garbage-collects what is not called.
 */
public final class RuntimeImports {
    // V: MoltValue (i64), L: int64_t (i64), P: pointer / int / bool / size_t (i32), D: double (f64); "args>result"
    private static final String[] SIGNATURES = {
        "molt_add:VV>V", "molt_sub:VV>V", "molt_mul:VV>V", "molt_truediv:VV>V", "molt_floordiv:VV>V", "molt_mod:VV>V",
        "molt_lshift:VV>V", "molt_rshift:VV>V", "molt_or:VV>V", "molt_xor:VV>V", "molt_and:VV>V", "molt_getitem:VV>V",
        "molt_inplace_add:VV>V", "molt_inplace_mul:VV>V", "molt_inplace_sub:VV>V", "molt_inplace_or:VV>V",
        "molt_inplace_xor:VV>V", "molt_inplace_and:VV>V", "molt_pow:VVV>V",
        "molt_neg:V>V", "molt_pos:V>V", "molt_invert:V>V", "molt_cg_not:V>V", "molt_iter:V>V", "molt_cg_len:V>V",
        "molt_richcompare:VVP>V", "molt_builtin:P>V", "molt_getattr:VV>V", "molt_setattr:VVV>P",
        "molt_cg_make_class:VVVPV>V", "molt_cg_load_name:VVVP>V", "molt_dict_setitem:VVV>P", "molt_cg_delete_name:VVP>P",
        "molt_cg_contains:VVP>V", "molt_is_true:V>P", "molt_int_from_i64:L>V", "molt_cg_unbox_i64:VP>P",
        "molt_cg_unbox_f64:VP>P", "molt_setitem:VVV>P", "molt_delitem:VV>P", "molt_call:VPPV>V", "molt_call_ex:VVV>V",
        "molt_enter_call:>P", "molt_leave_call:>", "molt_function_new:PVVV>V", "molt_cg_tuple:PL>V",
        "molt_list_from_array:PL>V", "molt_set_from_array:PL>V", "molt_dict_from_pairs:PL>V",
        "molt_cg_build_string:PL>V", "molt_slice_new:VVV>V", "molt_cg_format:VVP>V", "molt_list_append:VV>P",
        "molt_list_extend:VV>P", "molt_list_to_tuple:V>V", "molt_set_add:VV>P", "molt_set_update:VV>P",
        "molt_dict_update:VV>P", "molt_dict_merge:VVP>P", "molt_unpack_sequence:VPP>P", "molt_cg_unpack_ex:VPLL>P",
        "molt_cg_load_global:VP>V", "molt_cg_store_global:PV>", "molt_cg_delete_global:PP>P",
        "molt_cell_new:V>V", "molt_cell_get:VPP>V", "molt_cell_set:VV>", "molt_cg_check_bound:VP>P",
        "molt_cg_raise:V>P", "molt_cg_raise_from:VV>P", "molt_cg_reraise:>P", "molt_cg_exc_match:VV>P",
        "molt_cg_exc_push:V>V", "molt_cg_exc_pop:V>", "molt_err_fetch:>V", "molt_err_restore:V>",
        "molt_traceback_here:PPP>", "molt_traceback_frame:PPPP>", "molt_str_from_utf8:PP>V", "molt_int_from_utf8:PPP>V", "molt_tuple_new:L>V",
        "molt_tuple_set:VLV>", "molt_runtime_init:>P", "molt_runtime_fini:>", "molt_exit:P>", "molt_exit_uncaught:>", "molt_dealloc:P>",
        "molt_cg_floordiv_i64:LL>L", "molt_cg_mod_i64:LL>L",
        // molt/codegen.h fast paths (small ints, floats, attribute site caches), as the C backend calls them
        "molt_cg_add:VV>V", "molt_cg_sub:VV>V", "molt_cg_mul:VV>V", "molt_cg_truediv:VV>V", "molt_cg_floordiv:VV>V",
        "molt_cg_mod:VV>V", "molt_cg_rshift:VV>V", "molt_cg_or:VV>V", "molt_cg_xor:VV>V", "molt_cg_and:VV>V",
        "molt_cg_getitem:VV>V", "molt_cg_inplace_add:VV>V", "molt_cg_inplace_mul:VV>V", "molt_cg_inplace_sub:VV>V",
        "molt_cg_pow:VV>V", "molt_cg_neg:V>V", "molt_cg_eq:VV>V", "molt_cg_ne:VV>V", "molt_cg_lt:VV>V",
        "molt_cg_le:VV>V", "molt_cg_gt:VV>V", "molt_cg_ge:VV>V", "molt_cg_truthy:V>P", "molt_cg_setitem:VVV>P",
        "molt_cg_call:VPP>V", "molt_cg_call_range:VPP>V", "molt_cg_range_iter:VPP>V", "molt_cg_next:V>V", "molt_cg_getattr_at:VVP>V", "molt_cg_getattr_f64_at:VVPP>P", "molt_cg_setattr_at:VVVP>P",
        "molt_cg_load_global_cached:VPP>V",
    };

    private final Map<String, FuncIndex> functions = new LinkedHashMap<>();

    private RuntimeImports() {
    }

    /** Imports every runtime function into {@code m} (module {@code env}), in a fixed order (determinism). */
    public static RuntimeImports declare(WasmModule m) {
        RuntimeImports r = new RuntimeImports();
        for (String s : SIGNATURES) {
            int colon = s.indexOf(':');
            int gt = s.indexOf('>');
            String name = s.substring(0, colon);
            List<ValType> params = types(s.substring(colon + 1, gt));
            List<ValType> results = types(s.substring(gt + 1));
            r.functions.put(name, m.importFunction("env", name, FuncType.of(params, results)));
        }
        return r;
    }

    private static List<ValType> types(String codes) {
        List<ValType> out = new ArrayList<>();
        for (char c : codes.toCharArray()) {
            out.add(switch (c) {
                case 'V', 'L' -> ValType.I64;
                case 'P' -> ValType.I32;
                case 'D' -> ValType.F64;
                default -> throw new IllegalStateException("bad signature code " + c);
            });
        }
        return out;
    }

    /** The imported function {@code name}. @throws IllegalArgumentException if it is not in the table */
    public FuncIndex get(String name) {
        FuncIndex f = functions.get(name);
        if (f == null) {
            throw new IllegalArgumentException("runtime function " + name + " is not in RuntimeImports");
        }
        return f;
    }
}
