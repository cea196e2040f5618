package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Try;
import dev.molt.frontend.ast.TryStar;
import dev.molt.frontend.ast.WithItem;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Op;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.Variable;
import java.util.List;
import java.util.Map;

/**
 * Exception regions with explicit unwind edges (docs/ir.md §2): try/except/else/finally, except*, with and async
 * with, and the StopAsyncIteration test of async for. As CPython 3.12's compiler does, a finally body is emitted
 * once for the normal path, once for the exceptional path (under {@code py.exc_push}/{@code py.exc_pop}) and once
 * more inline for every return/break/continue that leaves through it ({@link FnLowerer#runExits}).
 */
final class TryLowerer {
    private final FnLowerer f;

    TryLowerer(FnLowerer f) {
        this.f = f;
    }

    private Block handlerBlock() {
        Block h = f.b.createBlock();
        f.b.appendBlockParam(h, Type.OBJ);
        return h;
    }

    /** Switches to handler {@code h} if some op unwinds to it since {@code mk}; otherwise removes it. */
    private boolean enterHandler(FnLowerer.Mark mk, Block h) {
        if (!f.unwindsTo(mk, h)) {
            f.fn.removeBlock(h);
            return false;
        }
        f.b.sealBlock(h);
        f.b.switchToBlock(h);
        return true;
    }

    void tryStmt(Try t) {
        if (t.finalbody().isEmpty()) {
            tryExcept(t.body(), t.handlers(), t.orelse());
            return;
        }
        Block outer = f.unwind();
        Block finExc = handlerBlock();
        f.exits.add(new FnLowerer.FinallyExit(t.finalbody(), outer));
        f.setUnwind(finExc);
        FnLowerer.Mark mk = f.mark();
        tryExcept(t.body(), t.handlers(), t.orelse());
        f.exits.remove(f.exits.size() - 1);
        f.setUnwind(outer);
        if (!f.dead()) f.lowerBody(t.finalbody());
        Block cont = f.b.currentBlock();
        if (enterHandler(mk, finExc)) {
            Value exc = finExc.param(0);
            Value prev = f.op("py.exc_push", exc);
            Block cleanup = handlerBlock();
            f.exits.add(new FnLowerer.HandlerExit(exc, prev, null, outer));
            f.setUnwind(cleanup);
            FnLowerer.Mark mk2 = f.mark();
            f.lowerBody(t.finalbody());
            f.exits.remove(f.exits.size() - 1);
            f.setUnwind(outer);
            if (!f.dead()) {
                f.op0("py.exc_pop", prev);
                f.b.cf().raise(exc);
            }
            popAndReraise(mk2, cleanup, prev, outer);
        }
        f.b.switchToBlock(cont);
        f.setUnwind(outer);
    }

    /** The cleanup of a handler body that raised: restore the handled exception and propagate. */
    private void popAndReraise(FnLowerer.Mark mk, Block cleanup, Value prev, Block outer) {
        if (enterHandler(mk, cleanup)) {
            f.setUnwind(outer);
            f.op0("py.exc_pop", prev);
            f.b.cf().raise(cleanup.param(0));
        }
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        if (handlers.isEmpty()) {
            f.lowerBody(body);
            f.lowerBody(orelse);
            return;
        }
        Block outer = f.unwind();
        Block h = handlerBlock();
        f.setUnwind(h);
        FnLowerer.Mark mk = f.mark();
        f.lowerBody(body);
        f.setUnwind(outer);
        f.lowerBody(orelse);
        Block join = f.b.createBlock();
        f.br(join);
        if (enterHandler(mk, h)) {
            Value exc = h.param(0);
            Value prev = f.op("py.exc_push", exc);
            Block cleanup = handlerBlock();
            f.setUnwind(cleanup);
            FnLowerer.Mark mk2 = f.mark();
            for (ExceptHandler hd : handlers) {
                f.at(hd);
                Block next = null;
                if (hd.type() != null) {
                    Value type = f.expr.lower(hd.type());
                    f.at(hd);
                    Value m = f.op("py.exc_match", exc, type);
                    Block bodyB = f.b.createBlock();
                    next = f.b.createBlock();
                    f.condBr(m, bodyB, next);
                    f.enter(bodyB);
                }
                handlerBody(hd.name(), exc, prev, hd.body(), outer, cleanup);
                if (!f.dead()) {
                    f.op0("py.exc_pop", prev);
                    f.br(join);
                }
                if (next == null) break;
                f.enter(next);
            }
            if (!f.dead()) {
                f.op0("py.exc_pop", prev);
                f.setUnwind(outer);
                f.b.cf().raise(exc);
            }
            popAndReraise(mk2, cleanup, prev, outer);
        }
        f.setUnwind(outer);
        f.enter(join);
    }

    /**
     * A handler body; {@code except E as name} binds the name and clears it on every exit (PEP 3110's implicit
     * {@code try: ... finally: name = None; del name}). Leaves the position at the normal end of the body.
     */
    private void handlerBody(String name, Value exc, Value prev, List<Stmt> body, Block outer, Block cleanup) {
        f.exits.add(new FnLowerer.HandlerExit(exc, prev, name, outer));
        if (name == null) {
            f.lowerBody(body);
            f.exits.remove(f.exits.size() - 1);
            return;
        }
        f.names().store(name, exc);
        Block clear = handlerBlock();
        f.setUnwind(clear);
        FnLowerer.Mark mk = f.mark();
        f.lowerBody(body);
        f.exits.remove(f.exits.size() - 1);
        f.setUnwind(cleanup);
        if (!f.dead()) f.clearHandlerName(name);
        Block cont = f.b.currentBlock();
        if (enterHandler(mk, clear)) {
            f.clearHandlerName(name);
            f.b.cf().raise(clear.param(0));
        }
        f.b.switchToBlock(cont);
    }

    /**
     * {@code try: ... except* T as n: ...} (PEP 654), after CPython 3.12's {@code compiler_try_star_except}: each
     * clause splits the remaining group with {@code py.exc_group_match}; exceptions raised by clause bodies are
     * collected in a list and {@code py.intrinsic prep_reraise_star} computes what to re-raise (None: nothing).
     */
    void tryStar(TryStar t) {
        if (!t.finalbody().isEmpty()) {
            tryStmt(new Try(List.of(new TryStar(t.body(), t.handlers(), t.orelse(), List.of(), t.lineno(),
                    t.colOffset(), t.endLineno(), t.endColOffset())), List.of(), List.of(), t.finalbody(), t.lineno(),
                    t.colOffset(), t.endLineno(), t.endColOffset()));
            return;
        }
        Block outer = f.unwind();
        Block h = handlerBlock();
        f.setUnwind(h);
        FnLowerer.Mark mk = f.mark();
        f.lowerBody(t.body());
        f.setUnwind(outer);
        f.lowerBody(t.orelse());
        Block join = f.b.createBlock();
        f.br(join);
        if (enterHandler(mk, h)) {
            Value exc = h.param(0);
            Value prev = f.op("py.exc_push", exc);
            Block cleanup = handlerBlock();
            f.setUnwind(cleanup);
            FnLowerer.Mark mk2 = f.mark();
            Value raised = f.op("py.build_list");
            Variable rest = f.b.declareVar(Type.OBJ);
            f.b.defVar(rest, exc);
            for (ExceptHandler hd : t.handlers()) {
                f.at(hd);
                Value type = f.expr.lower(hd.type());
                f.at(hd);
                Op split = f.emitN("py.exc_group_match", List.of(f.b.useVar(rest), type), 2, Map.of());
                f.b.defVar(rest, split.result(1));
                Value matched = f.truthy(f.op("py.is_not", split.result(0), f.none()));
                Block bodyB = f.b.createBlock(), next = f.b.createBlock();
                f.condBr(matched, bodyB, next);
                f.enter(bodyB);
                if (hd.name() != null) f.names().store(hd.name(), split.result(0));
                Block raisedB = handlerBlock();
                f.setUnwind(raisedB);
                FnLowerer.Mark mk3 = f.mark();
                f.exits.add(new FnLowerer.HandlerExit(split.result(0), prev, hd.name(), outer));
                f.lowerBody(hd.body());
                f.exits.remove(f.exits.size() - 1);
                f.setUnwind(cleanup);
                if (!f.dead() && hd.name() != null) f.clearHandlerName(hd.name());
                f.br(next);
                if (enterHandler(mk3, raisedB)) {
                    if (hd.name() != null) f.clearHandlerName(hd.name());
                    f.op0("py.list_append", raised, raisedB.param(0));
                    f.br(next);
                }
                f.enter(next);
            }
            f.op0("py.list_append", raised, f.b.useVar(rest));
            Value res = f.op("py.intrinsic", Map.of("name", Attr.of("prep_reraise_star")), exc, raised);
            Value nothing = f.truthy(f.op("py.is", res, f.none()));
            Block done = f.b.createBlock(), reraise = f.b.createBlock();
            f.condBr(nothing, done, reraise);
            f.enter(done);
            f.op0("py.exc_pop", prev);
            f.br(join);
            f.enter(reraise);
            f.op0("py.exc_pop", prev);
            f.setUnwind(outer);
            f.b.cf().raise(res);
            popAndReraise(mk2, cleanup, prev, outer);
        }
        f.setUnwind(outer);
        f.enter(join);
    }

    /** {@code with}/{@code async with} items[i:], nesting one region per item as CPython does. */
    void with(List<WithItem> items, int i, List<Stmt> body, boolean async) {
        if (i == items.size()) {
            f.lowerBody(body);
            return;
        }
        WithItem item = items.get(i);
        Value cm = f.expr.lower(item.contextExpr());
        Op enter = f.emitN(async ? "py.async_with_enter" : "py.with_enter", List.of(cm), 2, Map.of());
        Value exit = enter.result(0);
        Value val = async ? f.op("py.await", enter.result(1)) : enter.result(1);
        Block outer = f.unwind();
        Block h = handlerBlock();
        f.setUnwind(h);
        FnLowerer.Mark mk = f.mark();
        f.exits.add(new FnLowerer.WithExit(exit, async, outer));
        if (item.optionalVars() != null) f.stmt.assign(item.optionalVars(), val);
        with(items, i + 1, body, async);
        f.exits.remove(f.exits.size() - 1);
        f.setUnwind(outer);
        Block after = f.b.createBlock();
        if (!f.dead()) {
            Value r = f.op("py.with_exit", exit, f.none());
            if (async) f.op("py.await", r);
            f.br(after);
        }
        if (enterHandler(mk, h)) {
            Value exc = h.param(0);
            Value prev = f.op("py.exc_push", exc);
            Block cleanup = handlerBlock();
            f.setUnwind(cleanup);
            FnLowerer.Mark mk2 = f.mark();
            Value r = f.op("py.with_exit", exit, exc);
            if (async) r = f.op("py.await", r);
            Value suppress = f.truthy(r);
            f.op0("py.exc_pop", prev);
            Block reraise = f.b.createBlock();
            f.condBr(suppress, after, reraise);
            f.enter(reraise);
            f.setUnwind(outer);
            f.b.cf().raise(exc);
            popAndReraise(mk2, cleanup, prev, outer);
        }
        f.setUnwind(outer);
        f.enter(after);
    }

    /**
     * The head of an {@code async for}: awaits {@code anext(it)}; a StopAsyncIteration from that await goes to
     * {@code exhausted}, anything else propagates. Returns the item; the position stays after the await.
     */
    Value asyncNext(Value it, Block exhausted) {
        Value aw = f.op("py.anext", it);
        Block outer = f.unwind();
        Block stop = handlerBlock();
        f.setUnwind(stop);
        Value item = f.op("py.await", aw);
        f.setUnwind(outer);
        Block cont = f.b.currentBlock();
        f.b.sealBlock(stop);
        f.b.switchToBlock(stop);
        Value cls = f.op("py.builtin", FnLowerer.named("StopAsyncIteration"));
        Value m = f.op("py.exc_match", stop.param(0), cls);
        Block other = f.b.createBlock();
        f.condBr(m, exhausted, other);
        f.enter(other);
        f.b.cf().raise(stop.param(0));
        f.b.switchToBlock(cont);
        return item;
    }
}
