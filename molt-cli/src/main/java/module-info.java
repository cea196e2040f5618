/**
 * The compiler driver API and the molt command (DESIGN §7).
 *
 * <p>{@link dev.molt.cli.Main} is the command's entry point; the picocli command classes live in
 * {@code dev.molt.cli.internal}, opened to picocli for its reflection only.
 */
module dev.molt.cli {
    requires dev.molt.frontend;
    requires dev.molt.passes;
    requires info.picocli;

    exports dev.molt.cli;

    opens dev.molt.cli.internal to info.picocli;
}
