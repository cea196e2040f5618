package dev.molt.backend.wasm;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void run() throws Exception {
        String text = Files.readString(Path.of("/tmp/w/x.py"));
        Path wasm = WasmLinker.create().link(PythonWasmTest.compile("x", text, "O2"), Path.of("/tmp/w/x.wasm"));
        Files.write(Path.of("/tmp/w/x.o"), WasmBackend.emitObject(PythonWasmTest.compile("x", text, "O2")));
        WasmTools.Run r = WasmTools.node(Files.readAllBytes(wasm), new byte[0]);
        System.out.println("STDOUT:\n" + r.stdout() + "STDERR:\n" + r.stderr() + "EXIT " + r.exitCode());
    }
}
