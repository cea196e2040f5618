package dev.molt.backend.wasm;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random well-typed instruction sequences make modules that wasm-validate accepts. */
class RandomCodeTest {
    @Property(tries = 60)
    void randomWellTypedModulesValidate(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int functions) {
        byte[] wasm = RandomCode.module(new Random(seed), functions, 60);
        WasmTools.assertValid(wasm);
    }

    @Property(tries = 20)
    void outputIsDeterministic(@ForAll long seed) {
        byte[] first = RandomCode.module(new Random(seed), 3, 60);
        byte[] second = RandomCode.module(new Random(seed), 3, 60);
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, second);
    }
}
