package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.AnnAssign;
import dev.molt.frontend.ast.Assert;
import dev.molt.frontend.ast.Assign;
import dev.molt.frontend.ast.AsyncFor;
import dev.molt.frontend.ast.AsyncFunctionDef;
import dev.molt.frontend.ast.AsyncWith;
import dev.molt.frontend.ast.Attribute;
import dev.molt.frontend.ast.AugAssign;
import dev.molt.frontend.ast.Break;
import dev.molt.frontend.ast.ClassDef;
import dev.molt.frontend.ast.Continue;
import dev.molt.frontend.ast.Delete;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprStmt;
import dev.molt.frontend.ast.For;
import dev.molt.frontend.ast.FunctionDef;
import dev.molt.frontend.ast.Global;
import dev.molt.frontend.ast.If;
import dev.molt.frontend.ast.Import;
import dev.molt.frontend.ast.ImportFrom;
import dev.molt.frontend.ast.Match;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.Nonlocal;
import dev.molt.frontend.ast.Pass;
import dev.molt.frontend.ast.Raise;
import dev.molt.frontend.ast.Return;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Subscript;
import dev.molt.frontend.ast.Try;
import dev.molt.frontend.ast.TryStar;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.ast.TypeAlias;
import dev.molt.frontend.ast.While;
import dev.molt.frontend.ast.With;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Statements other than try/with/match (TryLowerer, MatchLowerer) and definitions (DefLowerer). */
final class StmtLowerer {
    private final FnLowerer f;

    StmtLowerer(FnLowerer f) {
        this.f = f;
    }

    void lower(Stmt s) {
        f.at(s);
        switch (s) {
            case ExprStmt e -> f.expr.lower(e.value());
            case Assign a -> {
                Value v = f.expr.lower(a.value());
                for (Expr t : a.targets()) assign(t, v);
            }
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> annAssign(a);
            case Delete d -> {
                for (Expr t : d.targets()) delete(t);
            }
            case Pass p -> { }
            case Global g -> { }
            case Nonlocal n -> { }
            case If i -> ifStmt(i);
            case While w -> whileStmt(w);
            case For fo -> forStmt(fo.target(), fo.iter(), fo.body(), fo.orelse(), false);
            case AsyncFor fo -> forStmt(fo.target(), fo.iter(), fo.body(), fo.orelse(), true);
            case Break br -> jumpOut(true, br);
            case Continue c -> jumpOut(false, c);
            case Return r -> {
                if (f.kind != FnLowerer.Kind.FUNCTION) throw Unsupported.at(r, "'return' outside function");
                Value v = r.value() == null ? f.none() : f.expr.lower(r.value());
                f.runExits(0);
                if (!f.dead()) f.b.cf().ret(v);
            }
            case Raise r -> raise(r);
            case Assert a -> assertStmt(a);
            case Import i -> {
                for (Alias al : i.names()) importName(al);
            }
            case ImportFrom i -> importFrom(i);
            case Try t -> f.tries.tryStmt(t);
            case TryStar t -> f.tries.tryStar(t);
            case With w -> f.tries.with(w.items(), 0, w.body(), false);
            case AsyncWith w -> f.tries.with(w.items(), 0, w.body(), true);
            case Match m -> f.match.match(m);
            case FunctionDef d -> f.defs.functionDef(d, d.name(), d.args(), d.body(), d.decoratorList(), d.returns(),
                    d.typeParams(), false);
            case AsyncFunctionDef d -> f.defs.functionDef(d, d.name(), d.args(), d.body(), d.decoratorList(),
                    d.returns(), d.typeParams(), true);
            case ClassDef c -> f.defs.classDef(c);
            case TypeAlias t -> f.defs.typeAlias(t);
        }
    }

    // ---- assignment targets ----

    void assign(Expr target, Value v) {
        switch (target) {
            case Name n -> f.names().store(n.id(), v);
            case Attribute a -> {
                Value o = f.expr.lower(a.value());
                f.at(a);
                f.op0("py.setattr", FnLowerer.named(f.names().mangle(a.attr())), o, v);
            }
            case Subscript s -> {
                Value o = f.expr.lower(s.value());
                Value k = f.expr.lower(s.slice());
                f.at(s);
                f.op0("py.setitem", o, k, v);
            }
            case Tuple t -> unpack(t.elts(), v, t);
            case dev.molt.frontend.ast.List l -> unpack(l.elts(), v, l);
            case Starred s -> throw Unsupported.at(s, "starred assignment target outside a tuple or list");
            default -> throw Unsupported.at(target, "assignment to " + target.nodeName());
        }
    }

    private void unpack(List<Expr> elts, Value v, Expr where) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) if (elts.get(i) instanceof Starred) star = i;
        f.at(where);
        List<? extends Value> parts;
        if (star < 0) {
            parts = f.emitN("py.unpack_sequence", List.of(v), elts.size(), Map.of("count", Attr.of(elts.size()))).results();
        } else {
            int after = elts.size() - star - 1;
            parts = f.emitN("py.unpack_ex", List.of(v), elts.size(),
                    Map.of("before", Attr.of(star), "after", Attr.of(after))).results();
        }
        for (int i = 0; i < elts.size(); i++) {
            Expr t = elts.get(i);
            assign(t instanceof Starred s ? s.value() : t, parts.get(i));
        }
    }

    private void delete(Expr t) {
        switch (t) {
            case Name n -> f.names().delete(n.id(), false);
            case Attribute a -> {
                Value o = f.expr.lower(a.value());
                f.at(a);
                f.op0("py.delattr", FnLowerer.named(f.names().mangle(a.attr())), o);
            }
            case Subscript s -> {
                Value o = f.expr.lower(s.value());
                Value k = f.expr.lower(s.slice());
                f.at(s);
                f.op0("py.delitem", o, k);
            }
            case Tuple tu -> {
                for (Expr e : tu.elts()) delete(e);
            }
            case dev.molt.frontend.ast.List l -> {
                for (Expr e : l.elts()) delete(e);
            }
            default -> throw Unsupported.at(t, "del of " + t.nodeName());
        }
    }

    private void augAssign(AugAssign a) {
        String op = "py.inplace." + ExprLowerer.binop(a.op());
        switch (a.target()) {
            case Name n -> {
                Value old = f.names().load(n.id());
                Value r = f.expr.lower(a.value());
                f.at(a);
                f.names().store(n.id(), f.op(op, old, r));
            }
            case Attribute at -> {
                Value o = f.expr.lower(at.value());
                String name = f.names().mangle(at.attr());
                f.at(at);
                Value old = f.op("py.getattr", FnLowerer.named(name), o);
                Value r = f.expr.lower(a.value());
                f.at(a);
                Value nv = f.op(op, old, r);
                f.at(at);
                f.op0("py.setattr", FnLowerer.named(name), o, nv);
            }
            case Subscript s -> {
                Value o = f.expr.lower(s.value());
                Value k = f.expr.lower(s.slice());
                f.at(s);
                Value old = f.op("py.getitem", o, k);
                Value r = f.expr.lower(a.value());
                f.at(a);
                Value nv = f.op(op, old, r);
                f.at(s);
                f.op0("py.setitem", o, k, nv);
            }
            default -> throw Unsupported.at(a, "augmented assignment to " + a.target().nodeName());
        }
    }

    /**
     * {@code target: annotation [= value]} (PEP 526): the value is assigned; in a module or class body a simple
     * name's annotation is evaluated and stored in {@code __annotations__} (as a string under
     * {@code from __future__ import annotations}); in a function annotations are not evaluated, but a complex
     * target's object (and subscript) is, as CPython's {@code compiler_annassign} does.
     */
    private void annAssign(AnnAssign a) {
        if (a.value() != null) assign(a.target(), f.expr.lower(a.value()));
        boolean namespace = f.kind != FnLowerer.Kind.FUNCTION;
        if (a.target() instanceof Name n && a.simple() != 0) {
            if (!namespace) return;
            Value ann = f.defs.annotation(a.annotation());
            Value dict = f.kind == FnLowerer.Kind.MODULE ? f.op("py.load_global", FnLowerer.named("__annotations__"))
                    : f.op("py.load_name", FnLowerer.named("__annotations__"), f.ns);
            f.op0("py.setitem", dict, f.str(f.names().mangle(n.id())), ann);
            return;
        }
        if (a.value() == null) {
            switch (a.target()) {
                case Attribute at -> f.expr.lower(at.value());
                case Subscript s -> {
                    f.expr.lower(s.value());
                    f.expr.lower(s.slice());
                }
                default -> { }
            }
        }
        if (namespace && !f.m.futureAnnotations) f.expr.lower(a.annotation());
    }

    // ---- control flow ----

    private void ifStmt(If i) {
        Value t = f.truthy(f.expr.lower(i.test()));
        f.at(i);
        Block then = f.b.createBlock(), other = f.b.createBlock(), join = f.b.createBlock();
        f.condBr(t, then, other);
        f.enter(then);
        f.lowerBody(i.body());
        f.br(join);
        f.enter(other);
        f.lowerBody(i.orelse());
        f.br(join);
        f.enter(join);
    }

    private void whileStmt(While w) {
        Block head = f.b.createBlock(), body = f.b.createBlock(), orelse = f.b.createBlock(), exit = f.b.createBlock();
        f.br(head);
        f.b.switchToBlock(head);
        Value t = f.truthy(f.expr.lower(w.test()));
        f.condBr(t, body, orelse);
        f.enter(body);
        f.exits.add(new FnLowerer.LoopExit(head, exit));
        f.lowerBody(w.body());
        f.exits.remove(f.exits.size() - 1);
        f.br(head);
        f.b.sealBlock(head);
        f.enter(orelse);
        f.lowerBody(w.orelse());
        f.br(exit);
        f.enter(exit);
    }

    /**
     * {@code for}: {@code py.iter} then a header with {@code py.next} and its ok flag (docs/ir.md §2). Async: the
     * header awaits {@code py.anext} and a StopAsyncIteration from that await ends the loop.
     */
    private void forStmt(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orelse, boolean async) {
        Value src = f.expr.lower(iterable);
        Value it = f.op(async ? "py.aiter" : "py.iter", src);
        Block head = f.b.createBlock(), bodyB = f.b.createBlock(), elseB = f.b.createBlock(), exit = f.b.createBlock();
        f.br(head);
        f.b.switchToBlock(head);
        Value item;
        if (!async) {
            Op next = f.emitN("py.next", List.of(it), 2, Map.of());
            f.condBr(next.result(1), bodyB, elseB);
            f.enter(bodyB);
            item = next.result(0);
        } else {
            item = f.tries.asyncNext(it, elseB);
        }
        f.exits.add(new FnLowerer.LoopExit(head, exit));
        assign(target, item);
        f.lowerBody(body);
        f.exits.remove(f.exits.size() - 1);
        f.br(head);
        f.b.sealBlock(head);
        f.enter(elseB);
        f.lowerBody(orelse);
        f.br(exit);
        f.enter(exit);
    }

    private void jumpOut(boolean isBreak, Stmt s) {
        for (int i = f.exits.size() - 1; i >= 0; i--) {
            if (f.exits.get(i) instanceof FnLowerer.LoopExit l) {
                f.runExits(i + 1);
                f.br(isBreak ? l.breakTo() : l.continueTo());
                return;
            }
        }
        throw Unsupported.at(s, (isBreak ? "'break'" : "'continue'") + " outside loop");
    }

    private void raise(Raise r) {
        if (r.exc() == null) {
            Value cur = f.handledException();
            if (cur != null) f.b.cf().raise(cur);
            else f.emit("py.reraise", List.of(), Map.of());
            return;
        }
        Value exc = f.expr.lower(r.exc());
        List<Value> ops = new ArrayList<>(List.of(exc));
        if (r.cause() != null) ops.add(f.expr.lower(r.cause()));
        f.at(r);
        f.emit("py.raise", ops, Map.of());
    }

    /** {@code assert test, msg}: {@code raise AssertionError(msg)} with the builtin itself (LOAD_ASSERTION_ERROR). */
    private void assertStmt(Assert a) {
        Value t = f.truthy(f.expr.lower(a.test()));
        Block fail = f.b.createBlock(), ok = f.b.createBlock();
        f.condBr(t, ok, fail);
        f.enter(fail);
        Value cls = f.op("py.builtin", FnLowerer.named("AssertionError"));
        Value exc = a.msg() == null ? cls : f.op("py.call", cls, f.expr.lower(a.msg()));
        f.at(a);
        f.op0("py.raise", exc);
        f.enter(ok);
    }

    // ---- imports ----

    /**
     * {@code import a.b.c} binds {@code a} to the top-level package; {@code import a.b.c as d} binds the
     * submodule, reached by {@code py.import_from} per component (CPython 3.12 {@code compiler_import}).
     */
    private void importName(Alias al) {
        f.at(al);
        f.m.recordImport(al.name());
        Value mod = f.op("py.import", Map.of("name", Attr.of(al.name()), "level", Attr.of(0)));
        if (al.asname() == null) {
            int dot = al.name().indexOf('.');
            f.names().store(dot < 0 ? al.name() : al.name().substring(0, dot), mod);
            return;
        }
        String[] parts = al.name().split("\\.");
        for (int i = 1; i < parts.length; i++) mod = f.op("py.import_from", FnLowerer.named(parts[i]), mod);
        f.names().store(al.asname(), mod);
    }

    private void importFrom(ImportFrom i) {
        String module = i.module() == null ? "" : i.module();
        f.m.recordImport(".".repeat(i.level()) + module);
        List<String> names = new ArrayList<>();
        for (Alias al : i.names()) names.add(al.name());
        Value mod = f.op("py.import", Map.of("name", Attr.of(module), "fromlist", Attr.strings(names),
                "level", Attr.of(i.level())));
        if (names.size() == 1 && names.get(0).equals("*")) {
            if (f.kind != FnLowerer.Kind.MODULE) throw Unsupported.at(i, "'import *' outside module level");
            f.op0("py.import_star", mod);
            return;
        }
        for (Alias al : i.names()) {
            f.at(al);
            Value v = f.op("py.import_from", FnLowerer.named(al.name()), mod);
            f.names().store(al.asname() == null ? al.name() : al.asname(), v);
        }
    }
}
