package dev.molt.cli;

import dev.molt.backend.c.CBackend;
import dev.molt.backend.c.CBackendException;
import dev.molt.backend.c.NativeLinker;
import dev.molt.backend.c.UnsupportedOpException;
import dev.molt.backend.wasm.WasmBackend;
import dev.molt.backend.wasm.WasmLinkException;
import dev.molt.backend.wasm.WasmLinker;
import dev.molt.cli.internal.IoErrors;
import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.lower.Diagnostic;
import dev.molt.frontend.lower.Lowering;
import dev.molt.frontend.lower.LoweringException;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.Module;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.VerificationException;
import dev.molt.ir.verify.Verifier;
import dev.molt.passes.PassException;
import dev.molt.passes.PassManager;
import dev.molt.passes.PassRegistry;
import dev.molt.runtime.RuntimeBuildException;
import dev.molt.runtime.RuntimeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The compiler driver (DESIGN §1, §7): one Python source file through every stage to IR text, C text, a native
 * executable for the host, or a WebAssembly (WASI preview 1) module ({@link Target#WASM}, docs/wasm.md).
 *
 * <pre>
 *   .py --PythonParser--&gt; AST --SymbolTable--&gt; scopes --Lowering--&gt; py-level IR --PassManager (O0 | O2)--&gt;
 *       IR --CBackend--&gt; C --NativeLinker (clang, libmolt.a from RuntimeBuilder)--&gt; executable
 *       IR --WasmBackend--&gt; relocatable object --WasmLinker (wasm-ld, libmolt.a for wasm32-wasi)--&gt; .wasm
 * </pre>
 *
 * <pre>{@code
 * Compiler c = Compiler.create();                                   // -O2
 * SourceFile src = Compiler.read(Path.of("fib.py"));
 * Path exe = c.build(src, Path.of("fib"));                          // native executable
 * Path wasm = c.withTarget(Compiler.Target.WASM).build(src, Path.of("fib.wasm")); // WASI module
 * String cText = c.withOptLevel(Compiler.OptLevel.O0).toC(src);     // the C it compiles
 * }</pre>
 *
 * <p>Every failure is a {@link CompileException}: an unreadable file, a syntax error (CPython's report), unsupported
 * code (the lowering's and the C backend's {@code FILE:LINE:COL: error: unsupported: WHAT} lines) or a missing
 * toolchain (which package to install) — user errors —, or an internal error of Molt (clang rejecting the generated
 * C, the runtime not building, IR failing verification after a pass).
 *
 * <p>The source's name (the path as given to {@link #read(Path)}) is the file name in diagnostics, {@code #line}
 * directives and run-time tracebacks, as gcc and clang use it. (python3 ≥ 3.9 shows the script's absolute path in
 * tracebacks instead; Molt keeps the name as given so the executable does not depend on the working directory.)
 *
 * <p>Output is deterministic: the same source, name and options give the same IR text, byte-identical C and a
 * byte-identical executable (docs/backend-c.md, "Determinism"). Instances are immutable; {@code with*} return
 * modified copies.
 */
public final class Compiler {
    /**
     * The optimization level: the pass pipeline (docs/passes.md) and the clang flags together, as {@code -O0} and
     * {@code -O2} mean for gcc and clang.
     */
    public enum OptLevel {
        /** The {@code O0} pipeline (no transformation), clang {@code -O0 -g}: for debugging with gdb. */
        O0("O0", dev.molt.backend.c.OptLevel.DEBUG),
        /** The {@code O2} pipeline, clang {@code -O2}, stripped. The default. */
        O2("O2", dev.molt.backend.c.OptLevel.O2);

        private final String pipeline;
        private final dev.molt.backend.c.OptLevel clang;

        OptLevel(String pipeline, dev.molt.backend.c.OptLevel clang) {
            this.pipeline = pipeline;
            this.clang = clang;
        }

        /** The name of the standard pass pipeline run at this level ({@code "O0"} or {@code "O2"}). */
        public String pipeline() {
            return pipeline;
        }

        /** The C backend's level: the clang flags. */
        public dev.molt.backend.c.OptLevel clang() {
            return clang;
        }
    }

    /** What {@link #build} produces: a native executable for the host, or a WebAssembly module for WASI. */
    public enum Target {
        /** A native executable for the host, through C and clang (docs/backend-c.md). The default. */
        NATIVE("native", dev.molt.runtime.Target.HOST),
        /** A WASI preview 1 command module ({@code .wasm}) run by {@code molt run --target wasm} under node (docs/wasm.md). */
        WASM("wasm", dev.molt.runtime.Target.WASM32_WASI);

        private final String id;
        private final dev.molt.runtime.Target runtime;

        Target(String id, dev.molt.runtime.Target runtime) {
            this.id = id;
            this.runtime = runtime;
        }

        /** The command-line spelling ({@code native}, {@code wasm}). */
        public String id() {
            return id;
        }

        /** The runtime target the program is linked with. */
        public dev.molt.runtime.Target runtime() {
            return runtime;
        }

        /** The target spelled {@code id}, or null. */
        public static Target byId(String id) {
            for (Target t : values()) {
                if (t.id.equals(id)) return t;
            }
            return null;
        }
    }

    /** What {@link #compile} writes. */
    public enum Emit {
        /** The program: a native executable for the host (the default), or the linked {@code .wasm} for {@link Target#WASM}. */
        EXECUTABLE,
        /** The program's WebAssembly relocatable object before linking (docs/wasm.md; any target). */
        OBJECT,
        /** The generated C file (one self-contained translation unit including {@code molt/molt.h}). */
        C,
        /** The IR text after the pass pipeline (docs/ir.md), i.e. what the C backend receives. */
        IR
    }

    private final OptLevel opt;
    private final RuntimeBuilder runtime;
    private final boolean verifyEach;
    private final Target target;

    private Compiler(OptLevel opt, RuntimeBuilder runtime, boolean verifyEach, Target target) {
        this.opt = opt;
        this.runtime = runtime;
        this.verifyEach = verifyEach;
        this.target = target;
    }

    /** A compiler at {@link OptLevel#O2} using {@link RuntimeBuilder#create()} (detected clang, default cache). */
    public static Compiler create() {
        return new Compiler(OptLevel.O2, RuntimeBuilder.create(), false, Target.NATIVE);
    }

    /** A copy compiling at {@code level}. */
    public Compiler withOptLevel(OptLevel level) {
        return new Compiler(level, runtime, verifyEach, target);
    }

    /** A copy that builds and caches the runtime with {@code builder} (toolchain, cache root). */
    public Compiler withRuntimeBuilder(RuntimeBuilder builder) {
        return new Compiler(opt, builder, verifyEach, target);
    }

    /** A copy that verifies the IR before the pipeline and after every pass (slower; for debugging Molt). */
    public Compiler withVerifyEach(boolean on) {
        return new Compiler(opt, runtime, on, target);
    }

    /** A copy building for {@code t} ({@link #build}, {@link #buildCached}). */
    public Compiler withTarget(Target t) {
        return new Compiler(opt, runtime, verifyEach, t);
    }

    /** The target of {@link #build}. */
    public Target target() {
        return target;
    }

    /** The optimization level. */
    public OptLevel optLevel() {
        return opt;
    }

    /** The runtime builder used to link executables. */
    public RuntimeBuilder runtimeBuilder() {
        return runtime;
    }

    /**
     * Reads a source file.
     *
     * @param path the file; its {@code toString()} becomes the source's name
     * @return the source as bytes (decoded later as CPython does: BOM, PEP 263 declaration, else UTF-8)
     * @throws CompileException of kind {@link CompileException.Kind#IO}: {@code cannot read FILE: reason}
     */
    public static SourceFile read(Path path) throws CompileException {
        try {
            return SourceFile.read(path);
        } catch (IOException e) {
            throw new CompileException(CompileException.Kind.IO,
                    "cannot read " + path + ": " + IoErrors.reason(e), e);
        }
    }

    /**
     * Parses, analyses scopes, lowers and runs the pass pipeline of this level; the result is verified.
     *
     * @param source the Python 3.12 source
     * @return the IR module, named after the file's stem, with {@code @__module__() -> obj} as entry
     * @throws CompileException {@link CompileException.Kind#SYNTAX SYNTAX}, {@link CompileException.Kind#UNSUPPORTED
     *     UNSUPPORTED} (every construct the lowering rejects), or {@link CompileException.Kind#INTERNAL INTERNAL}
     *     (invalid IR after a pass)
     */
    public Module toIr(SourceFile source) throws CompileException {
        Module ir;
        try {
            var ast = PythonParser.parse(source);
            ir = Lowering.lower(ast, SymbolTable.build(ast, source), source);
        } catch (PySyntaxError e) {
            throw new CompileException(CompileException.Kind.SYNTAX, stripNewline(e.format()), e);
        } catch (LoweringException e) {
            String lines = e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
            throw new CompileException(CompileException.Kind.UNSUPPORTED, lines, e);
        }
        try {
            PassManager.parse(opt.pipeline(), PassRegistry.standard()).verifyEach(verifyEach).run(ir);
            Verifier.check(ir);
        } catch (PassException | VerificationException e) {
            throw new CompileException(CompileException.Kind.INTERNAL,
                    "invalid IR after the " + opt.pipeline() + " pipeline: " + e.getMessage(), e);
        }
        return ir;
    }

    /**
     * {@link #toIr} printed in the IR's text form (docs/ir.md).
     *
     * @param source the Python source
     * @return the IR text, ending with a newline
     * @throws CompileException as {@link #toIr}
     */
    public String toIrText(SourceFile source) throws CompileException {
        return IrPrinter.print(toIr(source));
    }

    /**
     * Compiles to C (docs/backend-c.md).
     *
     * @param source the Python source
     * @return the C text (UTF-8, {@code \n} line ends), whose {@code #line} directives name it {@code STEM.c}
     * @throws CompileException as {@link #toIr}, and {@link CompileException.Kind#UNSUPPORTED UNSUPPORTED} for every
     *     op the C backend cannot translate yet
     */
    public String toC(SourceFile source) throws CompileException {
        return toCUnit(source).text();
    }

    /** A C translation unit: its file name (the module's name plus {@code .c}) and text. */
    private record CUnit(String name, String text) {}

    private CUnit toCUnit(SourceFile source) throws CompileException {
        Module ir = toIr(source);
        String name = CBackend.cFileName(ir);
        return new CUnit(name, emitC(ir, name));
    }

    /**
     * Compiles and links a native executable for the host: {@link #toC}, then clang at this level against the
     * cached runtime (built on first use, which takes a minute).
     *
     * @param source the Python source
     * @param executable where to write it (parent directories are created, an existing file replaced)
     * @return {@code executable}
     * @throws CompileException as {@link #toC}; {@link CompileException.Kind#TOOLCHAIN TOOLCHAIN} if clang or an
     *     archiver is missing; {@link CompileException.Kind#INTERNAL INTERNAL} if clang fails on the generated C or
     *     the runtime does not build
     */
    public Path build(SourceFile source, Path executable) throws CompileException {
        if (target == Target.WASM) {
            return linkWasm(toWasmParts(source), executable);
        }
        CUnit c = toCUnit(source);
        return link(c.text(), c.name(), executable);
    }

    /**
     * The WebAssembly relocatable object of the program (docs/wasm.md §5): the code our writer produced, before
     * {@code wasm-ld} links it with the runtime.
     *
     * @param source the Python source
     * @return the object's bytes (deterministic)
     * @throws CompileException as {@link #toIr}, and {@link CompileException.Kind#UNSUPPORTED UNSUPPORTED} for every
     *     op the backend cannot translate yet
     */
    public byte[] toObject(SourceFile source) throws CompileException {
        return emitObject(toIr(source));
    }

    /** A WebAssembly program before linking: its object and the C text of its pruned runtime tables. */
    private record WasmParts(byte[] object, String runtimeTables) {
    }

    private WasmParts toWasmParts(SourceFile source) throws CompileException {
        Module ir = toIr(source);
        return new WasmParts(emitObject(ir), CBackend.runtimeTables(ir));
    }

    private static byte[] emitObject(Module ir) throws CompileException {
        try {
            return WasmBackend.emitObject(ir);
        } catch (UnsupportedOpException e) {
            throw new CompileException(CompileException.Kind.UNSUPPORTED, e.getMessage(), e);
        } catch (VerificationException e) {
            throw new CompileException(CompileException.Kind.INTERNAL, "invalid IR: " + e.getMessage(), e);
        }
    }

    private Path linkWasm(WasmParts w, Path output) throws CompileException {
        requireToolchain();
        try {
            return WasmLinker.create().withRuntimeBuilder(runtime).withDebug(opt == OptLevel.O0)
                    .linkObject(w.object(), w.runtimeTables(), output);
        } catch (WasmLinkException | RuntimeBuildException e) {
            throw new CompileException(CompileException.Kind.INTERNAL, e.getMessage(), e);
        }
    }

    /**
     * As {@link #build}, into a content-addressed cache: the executable is {@code cacheDir/KEY/STEM} where KEY is
     * the first 20 hex digits of a SHA-256 over the generated C, its file name, the clang level and the runtime's
     * build key (runtime sources, clang version, flags). An executable already there is reused without running clang;
     * a new one is linked beside it and moved into place atomically, so concurrent runs never see a partial file.
     * The front end always runs (it is cheap next to clang), so a changed compiler that generates different C never
     * reuses a stale executable.
     *
     * @param source the Python source
     * @param cacheDir the cache directory, e.g. {@code ~/.cache/molt/bin}
     * @return the executable
     * @throws CompileException as {@link #build}; {@link CompileException.Kind#IO IO} if the cache cannot be written
     */
    public Path buildCached(SourceFile source, Path cacheDir) throws CompileException {
        String cName;
        String c;
        WasmParts wasm = null;
        if (target == Target.WASM) {
            wasm = toWasmParts(source);
            byte[] object = wasm.object();
            String stem = source.name().replaceAll(".*[/\\\\]", "").replaceAll("\\.py$", "");
            cName = (stem.isEmpty() ? "module" : stem.replaceAll("[^A-Za-z0-9_.-]", "_")) + ".wasm";
            c = HexFormat.of().formatHex(object) + "\u0000" + wasm.runtimeTables();
        } else {
            CUnit unit = toCUnit(source);
            c = unit.text();
            cName = unit.name();
        }
        requireToolchain();
        String runtimeKey;
        try {
            runtimeKey = runtime.buildKey(target.runtime());
        } catch (RuntimeException e) {
            throw new CompileException(CompileException.Kind.INTERNAL, "cannot identify the runtime: " + e, e);
        }
        String key = sha256(String.join("\u0000", List.of("molt-exe-v1", target.id(), cName, opt.name(), runtimeKey, c)))
                .substring(0, 20);
        Path dir = cacheDir.resolve(key);
        Path exe = dir.resolve(target == Target.WASM ? cName : cName.substring(0, cName.length() - 2));
        if (Files.isRegularFile(exe) && (target == Target.WASM || Files.isExecutable(exe))) return exe;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".link-", ".tmp");
            try {
                if (wasm != null) {
                    linkWasm(wasm, tmp);
                } else {
                    link(c, cName, tmp);
                }
                try {
                    Files.move(tmp, exe, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, exe, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new CompileException(CompileException.Kind.IO,
                    "cannot write the executable cache " + dir + ": " + IoErrors.reason(e), e);
        }
        return exe;
    }

    /**
     * Writes what {@code emit} names for {@code source} to {@code output}.
     *
     * @param source the Python source
     * @param emit the kind of output
     * @param output the file to write (parent directories are created, an existing file replaced)
     * @return {@code output}
     * @throws CompileException as {@link #build} (for {@link Emit#EXECUTABLE}), {@link #toC} or {@link #toIr}, and
     *     {@link CompileException.Kind#IO IO} if the file cannot be written
     */
    public Path compile(SourceFile source, Emit emit, Path output) throws CompileException {
        switch (emit) {
            case EXECUTABLE -> {
                return build(source, output);
            }
            case C -> writeText(output, toC(source));
            case OBJECT -> writeBytes(output, toObject(source));
            case IR -> writeText(output, toIrText(source));
        }
        return output;
    }

    private static String emitC(Module ir, String cName) throws CompileException {
        try {
            return CBackend.emit(ir, cName);
        } catch (UnsupportedOpException e) {
            throw new CompileException(CompileException.Kind.UNSUPPORTED, e.getMessage(), e);
        } catch (VerificationException e) {
            throw new CompileException(CompileException.Kind.INTERNAL, "invalid IR: " + e.getMessage(), e);
        }
    }

    private Path link(String c, String cName, Path executable) throws CompileException {
        requireToolchain();
        try {
            return NativeLinker.create().withRuntimeBuilder(runtime).withOptLevel(opt.clang())
                    .compile(c, cName, executable);
        } catch (CBackendException e) {
            throw new CompileException(CompileException.Kind.INTERNAL, e.getMessage(), e);
        } catch (RuntimeBuildException e) {
            throw new CompileException(CompileException.Kind.INTERNAL, e.getMessage(), e);
        }
    }

    private void requireToolchain() throws CompileException {
        List<String> problems = new java.util.ArrayList<>(runtime.toolchain().problems(target.runtime()));
        if (target == Target.WASM && !hasWasmLd()) {
            problems.add("wasm-ld not found on PATH (wasm-ld, wasm-ld-19 ... wasm-ld-14); install it with: "
                    + "sudo apt-get install -y lld");
        }
        if (!problems.isEmpty()) {
            throw new CompileException(CompileException.Kind.TOOLCHAIN, (target == Target.WASM
                    ? "cannot build a WebAssembly module: " : "cannot build a native executable: ")
                    + String.join("; ", problems), null);
        }
    }

    /** Whether clang's WebAssembly linker is on PATH (clang runs {@code wasm-ld}, Debian names it {@code wasm-ld-NN}). */
    private static boolean hasWasmLd() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String n : List.of("wasm-ld", "wasm-ld-19", "wasm-ld-18", "wasm-ld-17", "wasm-ld-16", "wasm-ld-15", "wasm-ld-14")) {
                if (Files.isExecutable(Path.of(dir, n))) return true;
            }
        }
        return false;
    }

    private static void writeBytes(Path output, byte[] bytes) throws CompileException {
        try {
            Path abs = output.toAbsolutePath();
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new CompileException(CompileException.Kind.IO, "cannot write " + output + ": " + IoErrors.reason(e), e);
        }
    }

    private static void writeText(Path output, String text) throws CompileException {
        try {
            Path abs = output.toAbsolutePath();
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CompileException(CompileException.Kind.IO,
                    "cannot write " + output + ": " + IoErrors.reason(e), e);
        } catch (InvalidPathException e) {
            throw new CompileException(CompileException.Kind.IO, "cannot write " + output + ": " + e.getReason(), e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String stripNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
