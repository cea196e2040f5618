package dev.molt.frontend.internal.lower;

import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.AnnAssign;
import dev.molt.frontend.ast.AstChildren;
import dev.molt.frontend.ast.ClassDef;
import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.ImportFrom;
import dev.molt.frontend.ast.Lambda;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.AsyncFunctionDef;
import dev.molt.frontend.ast.FunctionDef;
import dev.molt.frontend.lower.Diagnostic;
import dev.molt.frontend.lower.LoweringResult;
import dev.molt.frontend.scope.Scope;
import dev.molt.frontend.scope.SymbolTable;
import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import dev.molt.ir.builder.FunctionBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Lowers one module: names the functions, collects diagnostics and the import graph. Not thread-safe; one per module. */
public final class ModuleLowerer {
    final SourceFile source;
    final SymbolTable table;
    final OpRegistry ops = LoweringOps.registry();
    final dev.molt.ir.Module module;
    final boolean futureAnnotations;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> imports = new LinkedHashSet<>();
    private final Set<String> symbols = new HashSet<>();
    private int codeObjects;
    private int lowered;
    private int functions;
    private int functionsLowered;
    private int[] lineStarts;

    private ModuleLowerer(SourceFile source, SymbolTable table, String moduleName, boolean futureAnnotations) {
        this.source = source;
        this.table = table;
        this.module = new dev.molt.ir.Module(moduleName);
        this.futureAnnotations = futureAnnotations;
    }

    /**
     * Lowers {@code ast} (see {@link dev.molt.frontend.lower.Lowering}).
     *
     * @param ast the module
     * @param table its scopes
     * @param source its source (file name and bytes for positions)
     * @param moduleName the IR module's name
     * @return the result with every diagnostic
     */
    public static LoweringResult lower(Module ast, SymbolTable table, SourceFile source, String moduleName) {
        ModuleLowerer m = new ModuleLowerer(source, table, moduleName, futureAnnotations(ast));
        Function top = m.lowerCode(table.top(), FnLowerer.Kind.MODULE, "__module__", null, null, f -> {
            String doc = DefLowerer.docstring(ast.body());
            if (doc != null) f.op0("py.store_global", FnLowerer.named("__doc__"), f.str(doc));
            if (hasAnnotations(ast.body())) f.op0("py.store_global", FnLowerer.named("__annotations__"), f.op("py.build_dict"));
            f.lowerBody(doc != null ? ast.body().subList(1, ast.body().size()) : ast.body());
        });
        if (top != null) top.setAttr("imports", Attr.strings(List.copyOf(m.imports)));
        return new LoweringResult(m.module, m.diagnostics, List.copyOf(m.imports), m.codeObjects, m.lowered,
                m.functions, m.functionsLowered);
    }

    private static boolean futureAnnotations(Module ast) {
        for (Stmt s : ast.body()) {
            if (s instanceof ImportFrom i && "__future__".equals(i.module())
                    && i.names().stream().anyMatch(a -> a.name().equals("annotations"))) return true;
        }
        return false;
    }

    /** Whether a module or class body has a variable annotation outside nested scopes (CPython {@code find_ann}). */
    static boolean hasAnnotations(List<Stmt> body) {
        boolean[] found = {false};
        for (Stmt s : body) scanAnn(s, found);
        return found[0];
    }

    private static void scanAnn(Node n, boolean[] found) {
        if (found[0]) return;
        if (n instanceof AnnAssign) {
            found[0] = true;
            return;
        }
        if (n instanceof FunctionDef || n instanceof AsyncFunctionDef || n instanceof ClassDef || n instanceof Lambda) return;
        if (!(n instanceof Stmt) && !(n instanceof ExceptHandler) && !(n instanceof dev.molt.frontend.ast.MatchCase)) return;
        AstChildren.forEach(n, c -> scanAnn(c, found));
    }

    void recordImport(String name) {
        imports.add(name);
    }

    /** The source text of a node (for string annotations under {@code from __future__ import annotations}). */
    String segment(Located e) {
        byte[] bytes = source.bytes();
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < bytes.length; i++) if (bytes[i] == '\n') starts.add(i + 1);
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int from = lineStarts[e.lineno() - 1] + e.colOffset();
        int to = lineStarts[e.endLineno() - 1] + e.endColOffset();
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }

    private String symbolFor(String qualname) {
        String base = qualname.replace(".<locals>.", ".").replace("<", "").replace(">", "").replace(' ', '_');
        StringBuilder sb = new StringBuilder();
        base.codePoints().forEach(c -> {
            if (c < 0x10000 && (Character.isLetterOrDigit(c) || c == '_' || c == '.')) sb.append((char) c);
            else sb.append("$u").append(Integer.toHexString(c));
        });
        String name = sb.toString();
        String out = name;
        for (int i = 2; !symbols.add(out); i++) out = name + "$" + i;
        return out;
    }

    /**
     * Lowers one code object into a new function of the module; null (with a diagnostic recorded) if it uses
     * something unsupported.
     */
    Function lowerCode(Scope s, FnLowerer.Kind kind, String qualname, String privateName, Located node,
            Consumer<FnLowerer> body) {
        codeObjects++;
        if (kind == FnLowerer.Kind.FUNCTION) functions++;
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < FnLowerer.freeVars(s).size(); i++) params.add(Type.CELL);
        if (kind == FnLowerer.Kind.CLASS) params.add(Type.OBJ);
        if (kind == FnLowerer.Kind.FUNCTION) for (int i = 0; i < s.parameters().size(); i++) params.add(Type.OBJ);
        FunctionBuilder b = FunctionBuilder.create(module, symbolFor(qualname), new Signature(params, List.of(Type.OBJ)), ops);
        Function fn = b.function();
        setAttributes(fn, s, kind, qualname, node);
        FnLowerer f = new FnLowerer(this, s, kind, b, qualname, privateName);
        try {
            if (node != null) f.at(node);
            f.prologue(node == null ? Set.of() : deletedNames(node, privateName));
            body.accept(f);
            f.finish();
            lowered++;
            if (kind == FnLowerer.Kind.FUNCTION) functionsLowered++;
            return fn;
        } catch (Unsupported u) {
            diagnostics.add(new Diagnostic(source.name(), u.line, u.col + 1, u.getMessage()));
            module.removeFunction(fn);
            return null;
        }
    }

    private void setAttributes(Function fn, Scope s, FnLowerer.Kind kind, String qualname, Located node) {
        fn.setAttr("source", Attr.of(source.name()));
        fn.setAttr("qualname", Attr.of(qualname));
        if (node != null) fn.setAttr("firstlineno", Attr.of(node.lineno()));
        String k = switch (kind) {
            case MODULE -> "module";
            case CLASS -> "class";
            case FUNCTION -> s.isGenerator() && s.isCoroutine() ? "async_generator"
                    : s.isGenerator() ? "generator" : s.isCoroutine() ? "coroutine" : "plain";
        };
        fn.setAttr("kind", Attr.of(k));
        List<String> free = FnLowerer.freeVars(s);
        if (!free.isEmpty()) fn.setAttr("freevars", Attr.strings(free));
        if (kind != FnLowerer.Kind.FUNCTION) return;
        fn.setAttr("argnames", Attr.strings(s.parameters()));
        fn.setAttr("varnames", Attr.strings(coVarnames(s)));
        dev.molt.frontend.ast.Arguments a = s.type() != dev.molt.frontend.scope.ScopeType.FUNCTION ? null : switch (node) {
            case FunctionDef d -> d.args();
            case AsyncFunctionDef d -> d.args();
            case Lambda l -> l.args();
            default -> null;
        };
        if (a != null) {
            fn.setAttr("posonlyargs", Attr.of(a.posonlyargs().size()));
            fn.setAttr("kwonlyargs", Attr.of(a.kwonlyargs().size()));
            fn.setAttr("varargs", new Attr.Bool(a.vararg() != null));
            fn.setAttr("varkeywords", new Attr.Bool(a.kwarg() != null));
        }
    }

    /**
     * CPython's {@code co_varnames} (3.11 Python/compile.c: the parameters, then the other fast locals — scope LOCAL,
     * not cells — in symbol order), which the runtime searches for NameError's "Did you mean".
     */
    static List<String> coVarnames(Scope s) {
        LinkedHashSet<String> names = new LinkedHashSet<>(s.parameters());
        for (dev.molt.frontend.scope.Symbol sym : s.symbols()) {
            if (sym.scope() == dev.molt.frontend.scope.SymbolScope.LOCAL) names.add(sym.name());
        }
        return List.copyOf(names);
    }

    /** Names that a {@code del} or {@code except ... as} inside {@code node} may unbind (conservatively, any scope). */
    private static Set<String> deletedNames(Node node, String privateName) {
        Set<String> out = new HashSet<>();
        collectDeleted(node, out, privateName);
        return out;
    }

    private static void collectDeleted(Node n, Set<String> out, String privateName) {
        if (n instanceof Name nm && nm.ctx() == ExprContext.Del) out.add(Names.mangle(privateName, nm.id()));
        if (n instanceof ExceptHandler h && h.name() != null) out.add(Names.mangle(privateName, h.name()));
        AstChildren.forEach(n, c -> collectDeleted(c, out, privateName));
    }
}
