package dev.molt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.cli.Compiler;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code -O0}/{@code -O2}: the last one wins, as for gcc; neither means O2. */
class OptLevelOptionsTest {
    static Compiler.OptLevel parse(String... args) {
        BuildCommand b = new BuildCommand();
        new CommandLine(b).parseArgs(args);
        return b.opt.level();
    }

    @Test
    void lastLevelWins() {
        assertEquals(Compiler.OptLevel.O2, parse("f.py"));
        assertEquals(Compiler.OptLevel.O0, parse("-O0", "f.py"));
        assertEquals(Compiler.OptLevel.O2, parse("-O0", "-O2", "f.py"));
        assertEquals(Compiler.OptLevel.O0, parse("-O2", "f.py", "-O0"));
    }
}
