package dev.molt.backend.wasm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Operand and result types of every numeric instruction, written from the instruction tables of WebAssembly Core
 * Spec 2.0 §4.4.1 / §5.4.7 (not derived from the writer), keyed by the writer's method names.
 */
final class NumericOpTable {
    private NumericOpTable() {
    }

    /** One numeric instruction: method name, operand types, result type. */
    record NumericOp(String method, List<ValType> operands, ValType result) {
        void emit(InstructionWriter w) {
            try {
                Method m = InstructionWriter.class.getMethod(method);
                m.invoke(w);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new AssertionError("no writer method " + method, e);
            } catch (InvocationTargetException e) {
                throw new AssertionError(e.getCause());
            }
        }
    }

    private static final String[] TABLE = {
        "i32>i32: i32Eqz i32Clz i32Ctz i32Popcnt i32Extend8S i32Extend16S",
        "i32,i32>i32: i32Eq i32Ne i32LtS i32LtU i32GtS i32GtU i32LeS i32LeU i32GeS i32GeU i32Add i32Sub i32Mul i32DivS"
            + " i32DivU i32RemS i32RemU i32And i32Or i32Xor i32Shl i32ShrS i32ShrU i32Rotl i32Rotr",
        "i64>i32: i64Eqz i32WrapI64",
        "i64,i64>i32: i64Eq i64Ne i64LtS i64LtU i64GtS i64GtU i64LeS i64LeU i64GeS i64GeU",
        "i64>i64: i64Clz i64Ctz i64Popcnt i64Extend8S i64Extend16S i64Extend32S",
        "i64,i64>i64: i64Add i64Sub i64Mul i64DivS i64DivU i64RemS i64RemU i64And i64Or i64Xor i64Shl i64ShrS i64ShrU"
            + " i64Rotl i64Rotr",
        "f32,f32>i32: f32Eq f32Ne f32Lt f32Gt f32Le f32Ge",
        "f64,f64>i32: f64Eq f64Ne f64Lt f64Gt f64Le f64Ge",
        "f32>f32: f32Abs f32Neg f32Ceil f32Floor f32Trunc f32Nearest f32Sqrt",
        "f32,f32>f32: f32Add f32Sub f32Mul f32Div f32Min f32Max f32Copysign",
        "f64>f64: f64Abs f64Neg f64Ceil f64Floor f64Trunc f64Nearest f64Sqrt",
        "f64,f64>f64: f64Add f64Sub f64Mul f64Div f64Min f64Max f64Copysign",
        "f32>i32: i32TruncF32S i32TruncF32U i32ReinterpretF32 i32TruncSatF32S i32TruncSatF32U",
        "f64>i32: i32TruncF64S i32TruncF64U i32TruncSatF64S i32TruncSatF64U",
        "i32>i64: i64ExtendI32S i64ExtendI32U",
        "f32>i64: i64TruncF32S i64TruncF32U i64TruncSatF32S i64TruncSatF32U",
        "f64>i64: i64TruncF64S i64TruncF64U i64ReinterpretF64 i64TruncSatF64S i64TruncSatF64U",
        "i32>f32: f32ConvertI32S f32ConvertI32U f32ReinterpretI32",
        "i64>f32: f32ConvertI64S f32ConvertI64U",
        "f64>f32: f32DemoteF64",
        "i32>f64: f64ConvertI32S f64ConvertI32U",
        "i64>f64: f64ConvertI64S f64ConvertI64U f64ReinterpretI64",
        "f32>f64: f64PromoteF32",
    };

    static final List<NumericOp> OPS = parse();

    private static ValType type(String s) {
        return ValType.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    private static List<NumericOp> parse() {
        List<NumericOp> ops = new ArrayList<>();
        for (String row : TABLE) {
            String[] sigAndNames = row.split(": ");
            String[] sig = sigAndNames[0].split(">");
            List<ValType> in = new ArrayList<>();
            for (String t : sig[0].split(",")) {
                in.add(type(t));
            }
            for (String name : sigAndNames[1].split(" ")) {
                ops.add(new NumericOp(name, List.copyOf(in), type(sig[1])));
            }
        }
        return List.copyOf(ops);
    }
}
