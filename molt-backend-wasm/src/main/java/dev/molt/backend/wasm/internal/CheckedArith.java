package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.BlockType;
import dev.molt.backend.wasm.InstructionWriter;
import dev.molt.backend.wasm.LocalIndex;
import dev.molt.backend.wasm.ValType;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import java.util.function.Consumer;

/**
 * The arithmetic of {@code i64.{add,sub,mul}.ovf} (docs/ir.md: the wrapped result, and a side exit on signed
 * overflow), shared by {@link FunctionLowering} and {@link MachineOps}.
 */
final class CheckedArith {
    private CheckedArith() {
    }

    /**
     * Stores the wrapped (two's complement, 64-bit) result of {@code op} in {@code res} and leaves an i32 on the stack:
     * 1 if the signed result overflowed, else 0. {@code get} pushes a value's i64.
     */
    static void wrappedAndOverflow(InstructionWriter w, Op op, LocalIndex res, Consumer<Value> get) {
        Value x = op.operand(0);
        Value y = op.operand(1);
        get.accept(x);
        get.accept(y);
        switch (op.name()) {
            case "i64.add.ovf" -> w.i64Add();
            case "i64.sub.ovf" -> w.i64Sub();
            default -> w.i64Mul();
        }
        w.localSet(res);
        switch (op.name()) {
            case "i64.add.ovf" -> {
                // overflow iff both operands differ in sign from the result: ((x ^ r) & (y ^ r)) < 0
                get.accept(x);
                w.localGet(res).i64Xor();
                get.accept(y);
                w.localGet(res).i64Xor().i64And().i64Const(0).i64LtS();
            }
            case "i64.sub.ovf" -> {
                // overflow iff the operands differ in sign and the result's sign differs from x: ((x ^ y) & (x ^ r)) < 0
                get.accept(x);
                get.accept(y);
                w.i64Xor();
                get.accept(x);
                w.localGet(res).i64Xor().i64And().i64Const(0).i64LtS();
            }
            default -> {
                // x == 0: never; x == -1: only MIN * -1; otherwise r / x != y (no trap: x is neither 0 nor -1)
                get.accept(x);
                w.i64Eqz().if_(BlockType.of(ValType.I32));
                w.i32Const(0).else_();
                get.accept(x);
                w.i64Const(-1).i64Eq().if_(BlockType.of(ValType.I32));
                get.accept(y);
                w.i64Const(Long.MIN_VALUE).i64Eq().else_();
                w.localGet(res);
                get.accept(x);
                w.i64DivS();
                get.accept(y);
                w.i64Ne().end().end();
            }
        }
    }
}
