package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.Attribute;
import dev.molt.frontend.ast.Await;
import dev.molt.frontend.ast.BinOp;
import dev.molt.frontend.ast.BoolOp;
import dev.molt.frontend.ast.BoolOperator;
import dev.molt.frontend.ast.Call;
import dev.molt.frontend.ast.CmpOperator;
import dev.molt.frontend.ast.Compare;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Dict;
import dev.molt.frontend.ast.DictComp;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.FormattedValue;
import dev.molt.frontend.ast.GeneratorExp;
import dev.molt.frontend.ast.IfExp;
import dev.molt.frontend.ast.JoinedStr;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Lambda;
import dev.molt.frontend.ast.ListComp;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.NamedExpr;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Set;
import dev.molt.frontend.ast.SetComp;
import dev.molt.frontend.ast.Slice;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Subscript;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.ast.UnaryOp;
import dev.molt.frontend.ast.Yield;
import dev.molt.frontend.ast.YieldFrom;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expressions, in CPython's evaluation order (Python Language Reference §6.16): operands left to right, call
 * arguments positional then keyword, a chained comparison evaluating each middle operand once and stopping at
 * the first false link, {@code and}/{@code or} returning the deciding operand.
 */
final class ExprLowerer {
    private final FnLowerer f;

    ExprLowerer(FnLowerer f) {
        this.f = f;
    }

    static String binop(Operator op) {
        return switch (op) {
            case Add -> "add";
            case Sub -> "sub";
            case Mult -> "mul";
            case MatMult -> "matmul";
            case Div -> "truediv";
            case Mod -> "mod";
            case Pow -> "pow";
            case LShift -> "lshift";
            case RShift -> "rshift";
            case BitOr -> "bitor";
            case BitXor -> "bitxor";
            case BitAnd -> "bitand";
            case FloorDiv -> "floordiv";
        };
    }

    static String cmpop(CmpOperator op) {
        return switch (op) {
            case Eq -> "eq";
            case NotEq -> "ne";
            case Lt -> "lt";
            case LtE -> "le";
            case Gt -> "gt";
            case GtE -> "ge";
            case Is -> "is";
            case IsNot -> "is_not";
            case In -> "in";
            case NotIn -> "not_in";
        };
    }

    Value lower(Expr e) {
        int sl = f.line, sc = f.col;
        f.at(e);
        try {
            return lowerAt(e);
        } finally {
            f.line = sl;
            f.col = sc;
        }
    }

    private Value lowerAt(Expr e) {
        return switch (e) {
            case Constant c -> constant(c.value());
            case Name n -> f.names().load(n.id());
            case BinOp o -> {
                Value l = lower(o.left());
                Value r = lower(o.right());
                f.at(o);
                yield f.op("py." + binop(o.op()), l, r);
            }
            case UnaryOp u -> {
                Value v = lower(u.operand());
                f.at(u);
                yield f.op(switch (u.op()) {
                    case Invert -> "py.invert";
                    case Not -> "py.not";
                    case UAdd -> "py.pos";
                    case USub -> "py.neg";
                }, v);
            }
            case BoolOp o -> boolOp(o);
            case Compare c -> compare(c);
            case IfExp i -> ifExp(i);
            case NamedExpr n -> {
                Value v = lower(n.value());
                f.stmt.assign(n.target(), v);
                yield v;
            }
            case Attribute a -> {
                Value o = lower(a.value());
                f.at(a);
                yield f.op("py.getattr", FnLowerer.named(f.names().mangle(a.attr())), o);
            }
            case Subscript s -> {
                Value o = lower(s.value());
                Value k = lower(s.slice());
                f.at(s);
                yield f.op("py.getitem", o, k);
            }
            case Slice s -> f.op("py.build_slice", opt(s.lower()), opt(s.upper()), opt(s.step()));
            case Call c -> call(c);
            case dev.molt.frontend.ast.List l -> sequence(l.elts(), "list");
            case Tuple t -> sequence(t.elts(), "tuple");
            case Set s -> sequence(s.elts(), "set");
            case Dict d -> dict(d);
            case JoinedStr j -> joined(j);
            case FormattedValue fv -> formatted(fv);
            case Lambda l -> f.defs.lambda(l);
            case ListComp c -> f.defs.comprehension(c, c.generators());
            case SetComp c -> f.defs.comprehension(c, c.generators());
            case DictComp c -> f.defs.comprehension(c, c.generators());
            case GeneratorExp g -> f.defs.comprehension(g, g.generators());
            case Await a -> {
                Value v = lower(a.value());
                f.at(a);
                yield f.op("py.await", v);
            }
            case Yield y -> {
                Value v = y.value() == null ? f.none() : lower(y.value());
                f.at(y);
                yield f.op("py.yield", v);
            }
            case YieldFrom y -> {
                Value v = lower(y.value());
                f.at(y);
                yield f.op("py.yield_from", v);
            }
            case Starred s -> throw Unsupported.at(s, "starred expression outside a display or call");
        };
    }

    Value opt(Expr e) {
        return e == null ? f.none() : lower(e);
    }

    Value constant(ConstantValue v) {
        return switch (v) {
            case ConstantValue.NoneValue n -> f.none();
            case ConstantValue.EllipsisValue el -> f.op("py.const.ellipsis");
            case ConstantValue.Bool bo -> f.op("py.const.bool", Map.of("value", new Attr.Bool(bo.value())));
            case ConstantValue.Int i -> f.op("py.const.int", Map.of("value", new Attr.Int(i.value())));
            case ConstantValue.Float fl -> f.op("py.const.float", Map.of("value", new Attr.Float(fl.value())));
            case ConstantValue.Complex c -> f.op("py.const.complex",
                    Map.of("real", new Attr.Float(0.0), "imag", new Attr.Float(c.imag())));
            case ConstantValue.Str s -> f.str(s.value());
            case ConstantValue.Bytes by -> f.op("py.const.bytes", Map.of("value", new Attr.Bytes(by.value().clone())));
        };
    }

    private Value boolOp(BoolOp o) {
        Variable result = f.b.declareVar(Type.OBJ);
        Block join = f.b.createBlock();
        List<Expr> vs = o.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            Value v = lower(vs.get(i));
            f.b.defVar(result, v);
            Value t = f.truthy(v);
            Block next = f.b.createBlock();
            if (o.op() == BoolOperator.And) f.condBr(t, next, join);
            else f.condBr(t, join, next);
            f.enter(next);
        }
        f.b.defVar(result, lower(vs.get(vs.size() - 1)));
        f.br(join);
        f.enter(join);
        return f.b.useVar(result);
    }

    private Value compare(Compare c) {
        Value left = lower(c.left());
        int n = c.ops().size();
        if (n == 1) {
            Value r = comparator(c.comparators().get(0), c.ops().get(0));
            f.at(c);
            return f.op("py." + cmpop(c.ops().get(0)), left, r);
        }
        Variable result = f.b.declareVar(Type.OBJ);
        Block join = f.b.createBlock();
        for (int i = 0; i < n; i++) {
            Value right = comparator(c.comparators().get(i), c.ops().get(i));
            f.at(c);
            Value r = f.op("py." + cmpop(c.ops().get(i)), left, right);
            f.b.defVar(result, r);
            if (i < n - 1) {
                Block next = f.b.createBlock();
                f.condBr(f.truthy(r), next, join);
                f.enter(next);
            }
            left = right;
        }
        f.br(join);
        f.enter(join);
        return f.b.useVar(result);
    }

    /**
     * The right operand of a comparison. A set display right of {@code in}/{@code not in} is only ever asked for
     * membership (or compared, in a chain), never iterated, so its iteration order cannot be observed: it is built
     * item by item, without the constant-display steps of {@link #sequence} (CPython makes it a frozenset constant).
     */
    private Value comparator(Expr e, CmpOperator op) {
        if ((op == CmpOperator.In || op == CmpOperator.NotIn) && e instanceof Set s
                && s.elts().stream().noneMatch(x -> x instanceof Starred)) {
            List<Value> vs = new ArrayList<>();
            for (Expr x : s.elts()) vs.add(lower(x));
            return f.emit("py.build_set", vs, Map.of()).result();
        }
        return lower(e);
    }

    private Value ifExp(IfExp i) {
        Variable result = f.b.declareVar(Type.OBJ);
        Value t = f.truthy(lower(i.test()));
        Block then = f.b.createBlock(), other = f.b.createBlock(), join = f.b.createBlock();
        f.condBr(t, then, other);
        f.enter(then);
        f.b.defVar(result, lower(i.body()));
        f.br(join);
        f.enter(other);
        f.b.defVar(result, lower(i.orelse()));
        f.br(join);
        f.enter(join);
        return f.b.useVar(result);
    }

    /** A list, tuple or set display, with {@code *x} items through list_extend/set_update. */
    Value sequence(List<Expr> elts, String kind) {
        boolean starred = elts.stream().anyMatch(x -> x instanceof Starred);
        if (!starred && kind.equals("set") && elts.size() > 2 && elts.stream().allMatch(ConstantFolding::foldsToConstant)) {
            // CPython 3.11 compile.c starunpack_helper: an all-constant display of more than two items is
            // BUILD_SET 0; LOAD_CONST frozenset(items); SET_UPDATE 1. The constant is frozenset(items) in source
            // order, rebuilt by merge_consts_recursive as a frozenset of the first one's items in its iteration
            // order; set_merge then presizes the set and copies in that frozenset's slot order. Each step fixes the
            // iteration order when hash slots collide, so Molt takes the same steps.
            List<Value> vs = new ArrayList<>();
            for (Expr x : elts) vs.add(lower(x));
            Value items = f.emit("py.build_tuple", vs, Map.of()).result();
            Value first = f.op("py.call", f.op("py.builtin", FnLowerer.named("frozenset")), items);
            Value merged = f.op("py.call", f.op("py.builtin", FnLowerer.named("tuple")), first);
            Value frozen = f.op("py.call", f.op("py.builtin", FnLowerer.named("frozenset")), merged);
            Value acc = f.emit("py.build_set", List.of(), Map.of()).result();
            f.op0("py.set_update", acc, frozen);
            return acc;
        }
        if (!starred) {
            List<Value> vs = new ArrayList<>();
            for (Expr x : elts) vs.add(lower(x));
            return f.emit("py.build_" + kind, vs, Map.of()).result();
        }
        boolean set = kind.equals("set");
        Value acc = null;
        List<Value> prefix = new ArrayList<>();
        for (Expr x : elts) {
            if (acc == null && !(x instanceof Starred)) {
                prefix.add(lower(x));
                continue;
            }
            if (acc == null) acc = f.emit(set ? "py.build_set" : "py.build_list", prefix, Map.of()).result();
            if (x instanceof Starred s) {
                Value v = lower(s.value());
                f.at(s);
                f.op0(set ? "py.set_update" : "py.list_extend", acc, v);
            } else {
                Value v = lower(x);
                f.op0(set ? "py.set_add" : "py.list_append", acc, v);
            }
        }
        return kind.equals("tuple") ? f.op("py.list_to_tuple", acc) : acc;
    }

    private Value dict(Dict d) {
        Value acc = null;
        List<Value> prefix = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (acc == null && k != null) {
                prefix.add(lower(k));
                prefix.add(lower(d.values().get(i)));
                continue;
            }
            if (acc == null) acc = f.emit("py.build_dict", prefix, Map.of()).result();
            if (k == null) {
                Value v = lower(d.values().get(i));
                f.op0("py.dict_update", acc, v);
            } else {
                Value kv = lower(k);
                Value vv = lower(d.values().get(i));
                f.op0("py.setitem", acc, kv, vv);
            }
        }
        return acc != null ? acc : f.emit("py.build_dict", prefix, Map.of()).result();
    }

    private Value joined(JoinedStr j) {
        List<Value> parts = new ArrayList<>();
        for (Expr x : j.values()) parts.add(lower(x));
        return f.emit("py.build_string", parts, Map.of()).result();
    }

    private Value formatted(FormattedValue fv) {
        Value v = lower(fv.value());
        Value spec = fv.formatSpec() == null ? f.str("") : lower(fv.formatSpec());
        f.at(fv);
        Map<String, Attr> attrs = switch (fv.conversion()) {
            case 's' -> Map.of("conversion", Attr.of("s"));
            case 'r' -> Map.of("conversion", Attr.of("r"));
            case 'a' -> Map.of("conversion", Attr.of("a"));
            default -> Map.of();
        };
        return f.op("py.format", attrs, v, spec);
    }

    private Value call(Call c) {
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()) {
            Value sup = zeroArgSuper(n);
            if (sup != null) return sup;
        }
        Value fn = lower(c.func());
        boolean ex = c.args().stream().anyMatch(x -> x instanceof Starred)
                || c.keywords().stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            List<Value> ops = new ArrayList<>();
            ops.add(fn);
            for (Expr a : c.args()) ops.add(lower(a));
            List<String> kw = new ArrayList<>();
            for (Keyword k : c.keywords()) {
                ops.add(lower(k.value()));
                kw.add(k.arg());
            }
            f.at(c);
            return f.emit("py.call", ops, kw.isEmpty() ? Map.of() : Map.of("kwnames", Attr.strings(kw))).result();
        }
        Value args = c.args().isEmpty() ? f.op("py.build_tuple") : sequence(c.args(), "tuple");
        Value kwargs = f.none();
        if (!c.keywords().isEmpty()) {
            Value acc = null;
            List<Value> prefix = new ArrayList<>();
            for (Keyword k : c.keywords()) {
                if (acc == null && k.arg() != null) {
                    prefix.add(f.str(k.arg()));
                    prefix.add(lower(k.value()));
                    continue;
                }
                if (acc == null) acc = f.emit("py.build_dict", prefix, Map.of()).result();
                if (k.arg() == null) {
                    Value v = lower(k.value());
                    f.at(k);
                    f.op0("py.dict_merge", acc, v);
                } else {
                    Value key = f.str(k.arg());
                    Value v = lower(k.value());
                    f.at(k);
                    f.op0("py.dict_merge", acc, f.op("py.build_dict", key, v));
                }
            }
            kwargs = acc != null ? acc : f.emit("py.build_dict", prefix, Map.of()).result();
        }
        f.at(c);
        return f.op("py.call_ex", fn, args, kwargs);
    }

    /**
     * {@code super()} with no arguments in a method: {@code super(__class__, <first argument>)}, as CPython's
     * {@code super_init_without_args} finds them in the frame (the first local's current value, dereferenced if
     * it is a cell). Null when the name {@code super} is not the builtin here or there is no {@code __class__}.
     */
    private Value zeroArgSuper(Name n) {
        if (f.kind != FnLowerer.Kind.FUNCTION || !f.cells.containsKey("__class__")) return null;
        var where = f.where("super");
        if (where != dev.molt.frontend.scope.SymbolScope.GLOBAL_IMPLICIT) return null;
        Value sup = f.names().load("super");
        Value cls = f.op("py.cell.get", FnLowerer.named("__class__"), f.cells.get("__class__"));
        List<String> params = f.scope.parameters();
        if (params.isEmpty()) return null;
        Value self = f.names().load(params.get(0));
        f.at(n);
        return f.op("py.call", sup, cls, self);
    }
}
