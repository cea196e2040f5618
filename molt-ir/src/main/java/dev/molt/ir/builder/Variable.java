package dev.molt.ir.builder;

/**
 * A source-level variable for SSA construction ({@link FunctionBuilder#declareVar(dev.molt.ir.Type)}): the
 * builder turns its definitions and uses into SSA values and block parameters. Spelled {@code var3} in messages.
 *
 * @param id a number unique within its builder
 * @param type the type of every value assigned to it
 */
public record Variable(int id, dev.molt.ir.Type type) {
    @Override
    public String toString() {
        return "var" + id;
    }
}
