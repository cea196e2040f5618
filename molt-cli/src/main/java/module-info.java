/**
 * The compiler driver API and the molt command (DESIGN §7).
 *
 * <p>{@link dev.molt.cli.Compiler} drives one Python file through every stage to IR, C or a native executable;
 * {@link dev.molt.cli.Main} is the command's entry point. The picocli command classes live in
 * {@code dev.molt.cli.internal}, opened to picocli for its reflection only.
 */
module dev.molt.cli {
    requires transitive dev.molt.frontend;
    requires transitive dev.molt.backend.c;
    requires dev.molt.backend.wasm;
    requires dev.molt.passes;
    requires info.picocli;

    exports dev.molt.cli;

    opens dev.molt.cli.internal to info.picocli;
}
