/**
 * The compiler driver API and the molt command (DESIGN §7).
 */
module dev.molt.cli {
    requires dev.molt.frontend;
    requires info.picocli;

    exports dev.molt.cli;
}
