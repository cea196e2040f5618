package dev.molt.ir.verify;

/**
 * One verifier finding. {@code toString()} reads
 * {@code verify: @f ^bb2: v7 = py.add v3, v9: operand v9 does not dominate this use}; the block and op parts
 * are absent for function-level findings.
 *
 * @param function the function name (without {@code @})
 * @param block the block label ({@code ^bb2}) or {@code null}
 * @param op the op's text or {@code null}
 * @param message what is wrong
 */
public record VerifyError(String function, String block, String op, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("verify: @").append(function);
        if (block != null) sb.append(' ').append(block);
        if (op != null) sb.append(": ").append(op);
        return sb.append(": ").append(message).toString();
    }
}
