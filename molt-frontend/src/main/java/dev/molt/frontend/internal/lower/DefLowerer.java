package dev.molt.frontend.internal.lower;

import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.ClassDef;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.DictComp;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.GeneratorExp;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Lambda;
import dev.molt.frontend.ast.ListComp;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.SetComp;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.ParamSpec;
import dev.molt.frontend.ast.TypeAlias;
import dev.molt.frontend.ast.TypeParam;
import dev.molt.frontend.ast.TypeVar;
import dev.molt.frontend.ast.TypeVarTuple;
import dev.molt.frontend.scope.Scope;
import dev.molt.frontend.scope.SymbolScope;
import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Definitions: {@code def}, {@code async def}, {@code lambda}, {@code class}, and comprehensions (each its own
 * function, as CPython 3.11 compiles them; see docs/lowering.md). Evaluation order follows CPython 3.12's
 * {@code compiler_function}: decorators, then defaults, keyword-only defaults, annotations, then the function
 * object, then the decorators are applied innermost first.
 */
final class DefLowerer {
    private final FnLowerer f;

    DefLowerer(FnLowerer f) {
        this.f = f;
    }

    /** CPython's qualified name of a child named {@code name} ({@code compiler_set_qualname}). */
    String childQualname(String name) {
        if (f.kind == FnLowerer.Kind.MODULE) return name;
        if (f.kind == FnLowerer.Kind.FUNCTION && f.where(Names.mangle(f.privateName, name)) == SymbolScope.GLOBAL_EXPLICIT)
            return name;
        if (f.kind == FnLowerer.Kind.CLASS && f.where(Names.mangle(f.privateName, name)) == SymbolScope.GLOBAL_EXPLICIT)
            return name;
        return f.kind == FnLowerer.Kind.FUNCTION ? f.qualname + ".<locals>." + name : f.qualname + "." + name;
    }

    private Scope scopeOf(Located node) {
        Scope s = f.m.table.scopeOf(node);
        if (s == null) throw Unsupported.at(node, "no scope for " + node.nodeName());
        return s;
    }

    void functionDef(Located node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
            List<TypeParam> typeParams, boolean async) {
        List<Value> decos = new ArrayList<>();
        for (Expr d : decorators) decos.add(f.expr.lower(d));
        f.at(node);
        Value[] defaults = defaults(args);
        Scope s = scopeOf(node);
        String qn = childQualname(name);
        Value fn;
        if (typeParams.isEmpty()) {
            fn = defineFunction(node, s, qn, defaults, args, returns, body);
        } else {
            Scope tp = f.m.table.typeParametersScopeOf(node);
            if (tp == null) throw Unsupported.at(node, "no type-parameter scope for generic function");
            fn = callGeneric(node, tp, "<generic parameters of " + name + ">", defaults, child -> {
                Value params = child.defs.typeParams(typeParams);
                Value d = tp.parameters().contains(".defaults") ? child.names().load(".defaults") : child.none();
                Value kd = tp.parameters().contains(".kwdefaults") ? child.names().load(".kwdefaults") : child.none();
                Value inner = child.defs.defineFunction(node, s, qn, new Value[] {d, kd}, args, returns, body);
                child.op("py.intrinsic", Map.of("name", Attr.of("set_function_type_params")), inner, params);
                return inner;
            });
        }
        for (int i = decos.size() - 1; i >= 0; i--) fn = f.op("py.call", decos.get(i), fn);
        f.at(node);
        f.names().store(name, fn);
    }

    /** Annotations, then the function object with them (CPython {@code compiler_function} after the defaults). */
    private Value defineFunction(Located node, Scope s, String qn, Value[] defaults, Arguments args, Expr returns,
            List<Stmt> body) {
        Value annotations = annotations(args, returns);
        Value fn = makeFunction(node, s, qn, defaults, child -> {
            String doc = docstring(body);
            if (doc != null) child.fn.setAttr("doc", Attr.of(doc));
            child.lowerBody(body);
        });
        if (annotations != null) f.op0("py.setattr", FnLowerer.named("__annotations__"), fn, annotations);
        return fn;
    }

    /**
     * PEP 695: the hidden type-parameter function ({@code <generic parameters of X>}) that {@code make} fills,
     * returning the value it makes; called at once with the defaults it declares as parameters.
     */
    private Value callGeneric(Located node, Scope tp, String name, Value[] defaults,
            java.util.function.Function<FnLowerer, Value> make) {
        String qn = childQualname(name);
        String privateName = node instanceof ClassDef c ? c.name() : f.privateName;
        Value gen = makeFunction(node, tp, qn, new Value[] {f.none(), f.none()}, privateName, child -> {
            Value v = make.apply(child);
            if (!child.dead()) child.b.cf().ret(v);
        });
        List<Value> ops = new ArrayList<>(List.of(gen));
        for (String p : tp.parameters()) ops.add(p.equals(".kwdefaults") ? defaults[1] : defaults[0]);
        f.at(node);
        return f.emit("py.call", ops, Map.of()).result();
    }

    /**
     * Creates PEP 695 type parameters in order (CPython 3.12 {@code compiler_type_params}): each is an intrinsic
     * call, a bound or constraints being a lazily evaluated function of its own scope; each is bound to its name.
     * Returns their tuple.
     */
    Value typeParams(List<TypeParam> tps) {
        List<Value> vs = new ArrayList<>();
        for (TypeParam tp : tps) {
            f.at(tp);
            Value v = switch (tp) {
                case TypeVar t -> {
                    Value name = f.str(t.name());
                    if (t.bound() == null) yield intrinsic("typevar", name);
                    Value fn = makeFunction(t, scopeOf(t), childQualname(t.name()), new Value[] {f.none(), f.none()},
                            child -> {
                                Value b = child.expr.lower(t.bound());
                                if (!child.dead()) child.b.cf().ret(b);
                            });
                    f.at(t);
                    yield intrinsic(t.bound() instanceof dev.molt.frontend.ast.Tuple ? "typevar_with_constraints"
                            : "typevar_with_bound", name, fn);
                }
                case ParamSpec p -> intrinsic("paramspec", f.str(p.name()));
                case TypeVarTuple p -> intrinsic("typevartuple", f.str(p.name()));
            };
            f.names().store(tpName(tp), v);
            vs.add(v);
        }
        return f.emit("py.build_tuple", vs, Map.of()).result();
    }

    private static String tpName(TypeParam tp) {
        return switch (tp) {
            case TypeVar t -> t.name();
            case ParamSpec p -> p.name();
            case TypeVarTuple p -> p.name();
        };
    }

    private Value intrinsic(String name, Value... args) {
        return f.op("py.intrinsic", Map.of("name", Attr.of(name)), args);
    }

    /** {@code type X[T] = value} (PEP 695): a TypeAliasType whose value is computed lazily by its own function. */
    void typeAlias(TypeAlias t) {
        if (!(t.name() instanceof dev.molt.frontend.ast.Name n)) throw Unsupported.at(t, "type alias name");
        String name = n.id();
        Value alias;
        if (t.typeParams().isEmpty()) {
            alias = makeAlias(t, name, childQualname(name), f.none());
        } else {
            Scope tp = f.m.table.typeParametersScopeOf(t);
            if (tp == null) throw Unsupported.at(t, "no type-parameter scope for generic type alias");
            String qn = childQualname(name);
            alias = callGeneric(t, tp, "<generic parameters of " + name + ">", new Value[] {f.none(), f.none()},
                    child -> child.defs.makeAlias(t, name, qn, child.defs.typeParams(t.typeParams())));
        }
        f.names().store(name, alias);
    }

    private Value makeAlias(TypeAlias t, String name, String qn, Value params) {
        Value fn = makeFunction(t, scopeOf(t), qn, new Value[] {f.none(), f.none()}, child -> {
            Value v = child.expr.lower(t.value());
            if (!child.dead()) child.b.cf().ret(v);
        });
        f.at(t);
        return intrinsic("typealias", f.op("py.build_tuple", f.str(name), params, fn));
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof dev.molt.frontend.ast.ExprStmt e
                && e.value() instanceof dev.molt.frontend.ast.Constant c
                && c.value() instanceof dev.molt.frontend.ast.ConstantValue.Str s) return s.value();
        return null;
    }

    Value lambda(Lambda l) {
        Value[] defaults = defaults(l.args());
        Scope s = scopeOf(l);
        return makeFunction(l, s, childQualname("<lambda>"), defaults, child -> {
            Value v = child.expr.lower(l.body());
            if (!child.dead()) child.b.cf().ret(v);
        });
    }

    /** Positional defaults tuple (or None) and keyword-only defaults dict (or None). */
    private Value[] defaults(Arguments a) {
        Value d = f.none();
        if (!a.defaults().isEmpty()) {
            List<Value> vs = new ArrayList<>();
            for (Expr e : a.defaults()) vs.add(f.expr.lower(e));
            d = f.emit("py.build_tuple", vs, Map.of()).result();
        }
        List<Value> kv = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr e = a.kwDefaults().get(i);
            if (e == null) continue;
            kv.add(f.str(f.names().mangle(a.kwonlyargs().get(i).arg())));
            kv.add(f.expr.lower(e));
        }
        Value kd = kv.isEmpty() ? f.none() : f.emit("py.build_dict", kv, Map.of()).result();
        return new Value[] {d, kd};
    }

    /** The {@code __annotations__} dict of a def (parameter order, then {@code return}), or null if none. */
    private Value annotations(Arguments a, Expr returns) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        List<Value> kv = new ArrayList<>();
        for (Arg x : all) {
            if (x.annotation() == null) continue;
            kv.add(f.str(f.names().mangle(x.arg())));
            kv.add(annotation(x.annotation()));
        }
        if (returns != null) {
            kv.add(f.str("return"));
            kv.add(annotation(returns));
        }
        return kv.isEmpty() ? null : f.emit("py.build_dict", kv, Map.of()).result();
    }

    /** An annotation's value: evaluated, or its source text under {@code from __future__ import annotations}. */
    Value annotation(Expr e) {
        if (f.m.futureAnnotations) return f.str(f.m.segment(e));
        if (e instanceof Starred s) {
            Value v = f.expr.lower(s.value());
            f.at(s);
            return f.emitN("py.unpack_sequence", List.of(v), 1, Map.of("count", Attr.of(1))).result(0);
        }
        return f.expr.lower(e);
    }

    /** Lowers a child code object and makes its function object with the closure cells it needs. */
    private Value makeFunction(Located node, Scope s, String qn, Value[] defaults,
            java.util.function.Consumer<FnLowerer> body) {
        return makeFunction(node, s, qn, defaults, f.privateName, body);
    }

    /** As above, mangling private names in the child with {@code privateName} (a generic class's own name). */
    private Value makeFunction(Located node, Scope s, String qn, Value[] defaults, String privateName,
            java.util.function.Consumer<FnLowerer> body) {
        Function code = f.m.lowerCode(s, FnLowerer.Kind.FUNCTION, qn, privateName, node, body);
        if (code == null) return f.none();
        List<Value> ops = new ArrayList<>(List.of(defaults[0], defaults[1]));
        for (String free : FnLowerer.freeVars(s)) ops.add(f.names().cell(free));
        f.at(node);
        return f.emit("py.make_function", ops,
                Map.of("code", new Attr.Symbol(code.name()), "qualname", Attr.of(qn))).result();
    }

    void classDef(ClassDef c) {
        List<Value> decos = new ArrayList<>();
        for (Expr d : c.decoratorList()) decos.add(f.expr.lower(d));
        f.at(c);
        String qn = childQualname(c.name());
        Value cls;
        if (c.typeParams().isEmpty()) {
            cls = buildClass(c, qn, null);
        } else {
            Scope tp = f.m.table.typeParametersScopeOf(c);
            if (tp == null) throw Unsupported.at(c, "no type-parameter scope for generic class");
            cls = callGeneric(c, tp, "<generic parameters of " + c.name() + ">", new Value[] {f.none(), f.none()},
                    child -> {
                        Value params = child.defs.typeParams(c.typeParams());
                        child.names().store(".type_params", params);
                        child.names().store(".generic_base", child.defs.intrinsic("subscript_generic", params));
                        return child.defs.buildClass(c, qn, child.names().load(".generic_base"));
                    });
        }
        for (int i = decos.size() - 1; i >= 0; i--) cls = f.op("py.call", decos.get(i), cls);
        f.names().store(c.name(), cls);
    }

    /** The class object: body function, bases (plus a generic class's {@code Generic[...]} base), keywords. */
    private Value buildClass(ClassDef c, String qn, Value genericBase) {
        Scope s = scopeOf(c);
        Function code = f.m.lowerCode(s, FnLowerer.Kind.CLASS, qn, c.name(), c, child -> classBody(child, c, qn));
        if (code == null) return f.none();
        Value classCell = null;
        List<Value> ops = new ArrayList<>(List.of(f.none(), f.none()));
        for (String free : FnLowerer.freeVars(s)) {
            if (free.equals("__class__") && s.needsClassClosure()) {
                classCell = f.op("py.cell.new");
                ops.add(classCell);
            } else {
                ops.add(f.names().cell(free));
            }
        }
        f.at(c);
        Value body = f.emit("py.make_function", ops,
                Map.of("code", new Attr.Symbol(code.name()), "qualname", Attr.of(qn))).result();
        List<Expr> baseExprs = c.bases();
        Value bases;
        if (genericBase == null) {
            bases = baseExprs.isEmpty() ? f.op("py.build_tuple") : f.expr.sequence(baseExprs, "tuple");
        } else {
            Value list = baseExprs.isEmpty() ? f.op("py.build_list") : f.expr.sequence(baseExprs, "list");
            f.op0("py.list_append", list, genericBase);
            bases = f.op("py.list_to_tuple", list);
        }
        Value kw = classKeywords(c.keywords());
        f.at(c);
        Value cls = f.op("py.make_class", Map.of("name", Attr.of(c.name()), "qualname", Attr.of(qn)), body, bases, kw);
        if (classCell != null) f.op0("py.cell.set", classCell, cls);
        return cls;
    }

    private Value classKeywords(List<Keyword> kws) {
        if (kws.isEmpty()) return f.none();
        Value acc = f.op("py.build_dict");
        for (Keyword k : kws) {
            Value v = f.expr.lower(k.value());
            f.at(k);
            if (k.arg() == null) f.op0("py.dict_merge", acc, v);
            else f.op0("py.dict_merge", acc, f.op("py.build_dict", f.str(k.arg()), v));
        }
        return acc;
    }

    /** A class body: {@code __module__}, {@code __qualname__}, {@code __doc__}, {@code __annotations__}, then the statements. */
    private static void classBody(FnLowerer child, ClassDef c, String qn) {
        child.at(c);
        Value modName = child.op("py.load_name", FnLowerer.named("__name__"), child.ns);
        child.op0("py.store_name", FnLowerer.named("__module__"), child.ns, modName);
        child.op0("py.store_name", FnLowerer.named("__qualname__"), child.ns, child.str(qn));
        String doc = docstring(c.body());
        if (doc != null) child.op0("py.store_name", FnLowerer.named("__doc__"), child.ns, child.str(doc));
        if (!c.typeParams().isEmpty())
            child.op0("py.store_name", FnLowerer.named("__type_params__"), child.ns, child.names().load(".type_params"));
        if (ModuleLowerer.hasAnnotations(c.body()))
            child.op0("py.store_name", FnLowerer.named("__annotations__"), child.ns, child.op("py.build_dict"));
        child.lowerBody(doc != null ? c.body().subList(1, c.body().size()) : c.body());
    }

    /** A comprehension or generator expression: its own function, called with the first iterator. */
    Value comprehension(Expr node, List<Comprehension> gens) {
        Scope s = scopeOf(node);
        Comprehension first = gens.get(0);
        Value src = f.expr.lower(first.iter());
        f.at(node);
        Value it = f.op(first.isAsync() != 0 ? "py.aiter" : "py.iter", src);
        String name = switch (node) {
            case ListComp l -> "<listcomp>";
            case SetComp l -> "<setcomp>";
            case DictComp l -> "<dictcomp>";
            default -> "<genexpr>";
        };
        Value fn = makeFunction((Located) node, s, childQualname(name), new Value[] {f.none(), f.none()},
                child -> comprehensionBody(child, node, gens));
        f.at(node);
        Value r = f.op("py.call", fn, it);
        if (!(node instanceof GeneratorExp) && s.isCoroutine()) r = f.op("py.await", r);
        return r;
    }

    private static void comprehensionBody(FnLowerer c, Expr node, List<Comprehension> gens) {
        Value result = switch (node) {
            case ListComp l -> c.op("py.build_list");
            case SetComp l -> c.op("py.build_set");
            case DictComp l -> c.op("py.build_dict");
            default -> null;
        };
        generator(c, node, gens, 0, result);
        if (!c.dead()) c.b.cf().ret(result == null ? c.none() : result);
    }

    private static void generator(FnLowerer c, Expr node, List<Comprehension> gens, int i, Value result) {
        Comprehension g = gens.get(i);
        boolean async = g.isAsync() != 0;
        Value it = i == 0 ? c.names().load(".0") : c.op(async ? "py.aiter" : "py.iter", c.expr.lower(g.iter()));
        Block head = c.b.createBlock(), body = c.b.createBlock(), exit = c.b.createBlock();
        c.br(head);
        c.b.switchToBlock(head);
        Value item;
        if (async) {
            item = c.tries.asyncNext(it, exit);
        } else {
            Op next = c.emitN("py.next", List.of(it), 2, Map.of());
            c.condBr(next.result(1), body, exit);
            c.enter(body);
            item = next.result(0);
        }
        if (async) c.fn.removeBlock(body);
        c.stmt.assign(g.target(), item);
        for (Expr cond : g.ifs()) {
            Value t = c.truthy(c.expr.lower(cond));
            Block ok = c.b.createBlock();
            c.condBr(t, ok, head);
            c.enter(ok);
        }
        if (i + 1 < gens.size()) {
            generator(c, node, gens, i + 1, result);
        } else {
            switch (node) {
                case ListComp l -> c.op0("py.list_append", result, c.expr.lower(l.elt()));
                case SetComp l -> c.op0("py.set_add", result, c.expr.lower(l.elt()));
                case DictComp d -> {
                    Value k = c.expr.lower(d.key());
                    Value v = c.expr.lower(d.value());
                    c.op0("py.setitem", result, k, v);
                }
                case GeneratorExp ge -> c.op("py.yield", c.expr.lower(ge.elt()));
                default -> throw Unsupported.at(node, "comprehension " + node.nodeName());
            }
        }
        c.br(head);
        c.b.sealBlock(head);
        c.enter(exit);
    }
}
