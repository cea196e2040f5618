package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.AstChildren;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Match;
import dev.molt.frontend.ast.MatchAs;
import dev.molt.frontend.ast.MatchCase;
import dev.molt.frontend.ast.MatchClass;
import dev.molt.frontend.ast.MatchMapping;
import dev.molt.frontend.ast.MatchOr;
import dev.molt.frontend.ast.MatchSequence;
import dev.molt.frontend.ast.MatchSingleton;
import dev.molt.frontend.ast.MatchStar;
import dev.molt.frontend.ast.MatchValue;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.ast.Pattern;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Op;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code match} statements (PEP 634) with explicit tests and CPython's MATCH_* ops, after CPython 3.12's
 * {@code compiler_pattern}: the subject is evaluated once; each case tests its pattern left to right, capturing
 * into temporaries that are bound to the names only when the whole pattern matched (then the guard runs).
 */
final class MatchLowerer {
    private final FnLowerer f;

    MatchLowerer(FnLowerer f) {
        this.f = f;
    }

    void match(Match m) {
        Value subject = f.expr.lower(m.subject());
        Block end = f.b.createBlock();
        for (MatchCase c : m.cases()) {
            if (f.dead()) break;
            Map<String, Variable> caps = new LinkedHashMap<>();
            collectCaptures(c.pattern(), caps);
            Block next = f.b.createBlock();
            pattern(c.pattern(), subject, next, caps);
            for (var e : caps.entrySet()) f.names().store(e.getKey(), f.b.useVar(e.getValue()));
            if (c.guard() != null) {
                Value t = f.truthy(f.expr.lower(c.guard()));
                Block body = f.b.createBlock();
                f.condBr(t, body, next);
                f.enter(body);
            }
            f.lowerBody(c.body());
            f.br(end);
            f.enter(next);
        }
        f.br(end);
        f.enter(end);
    }

    private void collectCaptures(Node p, Map<String, Variable> caps) {
        String name = switch (p) {
            case MatchAs a -> a.name();
            case MatchStar s -> s.name();
            case MatchMapping mm -> mm.rest();
            default -> null;
        };
        if (name != null && !caps.containsKey(name)) {
            Variable v = f.b.declareVar(Type.OBJ);
            f.b.defVar(v, f.unbound());
            caps.put(name, v);
        }
        AstChildren.forEach(p, ch -> {
            if (ch instanceof Pattern) collectCaptures(ch, caps);
        });
    }

    private void test(Value objBool, Block fail) {
        Block ok = f.b.createBlock();
        f.condBr(f.truthy(objBool), ok, fail);
        f.enter(ok);
    }

    private void testBool(Value bool, Block fail) {
        Block ok = f.b.createBlock();
        f.condBr(bool, ok, fail);
        f.enter(ok);
    }

    private Value intConst(long n) {
        return f.op("py.const.int", Map.of("value", Attr.of(n)));
    }

    private void pattern(Pattern p, Value v, Block fail, Map<String, Variable> caps) {
        f.at(p);
        switch (p) {
            case MatchValue mv -> {
                Value x = f.expr.lower(mv.value());
                f.at(mv);
                test(f.op("py.eq", v, x), fail);
            }
            case MatchSingleton ms -> test(f.op("py.is", v, f.expr.constant(ms.value())), fail);
            case MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern(), v, fail, caps);
                if (a.name() != null) f.b.defVar(caps.get(a.name()), v);
            }
            case MatchOr o -> {
                Block success = f.b.createBlock();
                List<Pattern> alts = o.patterns();
                for (int i = 0; i < alts.size(); i++) {
                    boolean last = i == alts.size() - 1;
                    Block altFail = last ? fail : f.b.createBlock();
                    pattern(alts.get(i), v, altFail, caps);
                    f.br(success);
                    if (!last) f.enter(altFail);
                }
                f.enter(success);
            }
            case MatchSequence s -> sequence(s, v, fail, caps);
            case MatchMapping mm -> mapping(mm, v, fail, caps);
            case MatchClass mc -> {
                Value cls = f.expr.lower(mc.cls());
                List<Attr> names = new ArrayList<>();
                for (String k : mc.kwdAttrs()) names.add(Attr.of(k));
                Value kw = f.op("py.const.tuple", Map.of("value", new Attr.Array(names)));
                f.at(mc);
                Value r = f.op("py.match_class", Map.of("count", Attr.of(mc.patterns().size())), v, cls, kw);
                test(f.op("py.is_not", r, f.none()), fail);
                List<Pattern> subs = new ArrayList<>(mc.patterns());
                subs.addAll(mc.kwdPatterns());
                for (int i = 0; i < subs.size(); i++) {
                    if (isWildcard(subs.get(i))) continue;
                    Value item = f.op("py.getitem", r, intConst(i));
                    pattern(subs.get(i), item, fail, caps);
                }
            }
            case MatchStar st -> throw Unsupported.at(st, "star pattern outside a sequence pattern");
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern() == null && a.name() == null;
    }

    private void sequence(MatchSequence s, Value v, Block fail, Map<String, Variable> caps) {
        testBool(f.op("py.match_sequence", v), fail);
        List<Pattern> ps = s.patterns();
        int star = -1;
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) instanceof MatchStar) star = i;
        Value n = f.op("py.len", v);
        if (star < 0) test(f.op("py.eq", n, intConst(ps.size())), fail);
        else test(f.op("py.ge", n, intConst(ps.size() - 1)), fail);
        if (ps.isEmpty()) return;
        Op parts = star < 0
                ? f.emitN("py.unpack_sequence", List.of(v), ps.size(), Map.of("count", Attr.of(ps.size())))
                : f.emitN("py.unpack_ex", List.of(v), ps.size(),
                        Map.of("before", Attr.of(star), "after", Attr.of(ps.size() - star - 1)));
        for (int i = 0; i < ps.size(); i++) {
            Pattern sub = ps.get(i);
            if (sub instanceof MatchStar ms) {
                if (ms.name() != null) f.b.defVar(caps.get(ms.name()), parts.result(i));
            } else {
                pattern(sub, parts.result(i), fail, caps);
            }
        }
    }

    private void mapping(MatchMapping mm, Value v, Block fail, Map<String, Variable> caps) {
        testBool(f.op("py.match_mapping", v), fail);
        int nk = mm.keys().size();
        if (nk > 0) test(f.op("py.ge", f.op("py.len", v), intConst(nk)), fail);
        List<Value> keys = new ArrayList<>();
        for (Expr k : mm.keys()) keys.add(f.expr.lower(k));
        f.at(mm);
        Value keyTuple = f.emit("py.build_tuple", keys, Map.of()).result();
        if (nk > 0) {
            Value vals = f.op("py.match_keys", v, keyTuple);
            test(f.op("py.is_not", vals, f.none()), fail);
            for (int i = 0; i < nk; i++) {
                Value item = f.op("py.getitem", vals, intConst(i));
                pattern(mm.patterns().get(i), item, fail, caps);
            }
        }
        if (mm.rest() != null) f.b.defVar(caps.get(mm.rest()), f.op("py.dict_without_keys", v, keyTuple));
    }
}
