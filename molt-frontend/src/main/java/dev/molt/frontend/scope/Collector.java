package dev.molt.frontend.scope;

import static dev.molt.frontend.scope.SymbolFlags.DEF_ANNOT;
import static dev.molt.frontend.scope.SymbolFlags.DEF_COMP_ITER;
import static dev.molt.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_IMPORT;
import static dev.molt.frontend.scope.SymbolFlags.DEF_LOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static dev.molt.frontend.scope.SymbolFlags.DEF_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;
import static dev.molt.frontend.scope.SymbolFlags.USE;

import dev.molt.frontend.ast.*;
import dev.molt.frontend.ast.Module;
import java.util.List;
import java.util.Map;

/**
 * The first pass: walks the AST, opens a {@link Scope} per block and records raw {@link SymbolFlags} per name,
 * following CPython 3.12 {@code Python/symtable.c} ({@code symtable_visit_stmt}, {@code symtable_visit_expr} and
 * helpers) function by function. Raises the errors that pass raises.
 *
 * <p>Where 3.11 visits the parts of a non-generic {@code def} or {@code class} in another order than 3.12 (which
 * changes only the order of symbols and children), the {@link SymtableDialect} decides.
 */
final class Collector {
    private static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    private static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";

    private final BlockStack st;
    private final boolean py312;
    private final boolean futureAnnotations;
    private final Map<Node, Scope> blocks;
    private final Map<Node, Scope> typeParamBlocks;

    Collector(Diagnostics diagnostics, SymtableDialect dialect, boolean futureAnnotations, Map<Node, Scope> blocks,
            Map<Node, Scope> typeParamBlocks) {
        this.st = new BlockStack(diagnostics);
        this.py312 = dialect == SymtableDialect.CPYTHON_3_12;
        this.futureAnnotations = futureAnnotations;
        this.blocks = blocks;
        this.typeParamBlocks = typeParamBlocks;
    }

    Scope collect(Module module) {
        st.enterBlock("top", ScopeType.MODULE, module, 0, 0, 0, 0);
        blocks.put(module, st.top);
        for (Stmt s : module.body()) {
            visitStmt(s);
        }
        st.exitBlock();
        return st.top;
    }

    /** Every scope the walk opened, in order. */
    List<Scope> allScopes() {
        return st.all;
    }

    // ---------------------------------------------------------------- statements

    private void visitStmts(List<? extends Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<? extends Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitStmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), false);
            case AsyncFunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), f.typeParams(), true);
            case ClassDef c -> visitClass(c);
            case TypeAlias t -> visitTypeAlias(t);
            case Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    st.cur.returnsValue = true;
                }
            }
            case Delete d -> visitExprs(d.targets());
            case Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case AnnAssign a -> visitAnnAssign(a);
            case AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case AsyncFor f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Match m -> {
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                    }
                }
            }
            case Try t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case TryStar t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    visitAlias(a);
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names()) {
                    visitAlias(a);
                }
            }
            case Global g -> visitDirective(g, g.names(), true);
            case Nonlocal n -> visitDirective(n, n.names(), false);
            case ExprStmt e -> visitExpr(e.value());
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
            case With w -> {
                visitWithItems(w.items());
                visitStmts(w.body());
            }
            case AsyncWith w -> {
                visitWithItems(w.items());
                visitStmts(w.body());
            }
        }
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        // 3.11 and 3.12.1 visit else before the handlers (later symtable.c sources swap them).
        visitStmts(body);
        visitStmts(orelse);
        visitHandlers(handlers);
        visitStmts(finalbody);
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, boolean async) {
        st.addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        boolean generic = !typeParams.isEmpty();
        if (generic || py312) {
            // 3.12 order: decorators, then the type parameter scope, then annotations inside it.
            visitExprs(decorators);
        }
        if (generic) {
            // symtable.c tests `args->defaults != NULL`; the parser always gives a (maybe empty) list.
            boolean hasKwDefaults = false;
            for (Expr d : args.kwDefaults()) {
                hasKwDefaults |= d != null;
            }
            st.enterTypeParamBlock(name, s, true, hasKwDefaults, BlockStack.DefKind.FUNCTION, s);
            typeParamBlocks.put(s, st.cur);
            visitTypeParams(typeParams);
        }
        visitAnnotations(s, args, returns);
        if (!generic && !py312) {
            visitExprs(decorators); // 3.11 visits annotations before decorators
        }
        st.enterBlock(name, ScopeType.FUNCTION, s, s);
        blocks.put(s, st.cur);
        if (async) {
            st.cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        st.exitBlock();
        if (generic) {
            st.exitBlock();
        }
    }

    private void visitClass(ClassDef c) {
        String outerPrivate = st.privateName;
        st.addDef(c.name(), DEF_LOCAL, c);
        boolean generic = !c.typeParams().isEmpty();
        if (generic || py312) {
            visitExprs(c.decoratorList());
        }
        if (generic) {
            st.enterTypeParamBlock(c.name(), c, false, false, BlockStack.DefKind.CLASS, c);
            typeParamBlocks.put(c, st.cur);
            visitTypeParams(c.typeParams());
        }
        visitExprs(c.bases());
        visitKeywords(c.keywords());
        if (!generic && !py312) {
            visitExprs(c.decoratorList()); // 3.11 visits bases and keywords before decorators
        }
        st.enterBlock(c.name(), ScopeType.CLASS, c, c);
        blocks.put(c, st.cur);
        String tmp = st.privateName;
        st.privateName = c.name();
        if (generic) {
            st.addDef("__type_params__", DEF_LOCAL, c);
            st.addDef(".type_params", USE, c);
        }
        visitStmts(c.body());
        st.privateName = tmp;
        st.exitBlock();
        if (generic) {
            st.exitBlock();
        }
        // CPython 3.12.1 leaves st_private set to the class name after a generic class (3.13 restores it).
        st.privateName = outerPrivate;
    }

    private void visitTypeAlias(TypeAlias t) {
        visitExpr(t.name());
        String name = ((Name) t.name()).id();
        boolean inClass = st.cur.type == ScopeType.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            st.enterTypeParamBlock(name, t, false, false, BlockStack.DefKind.TYPE_ALIAS, t);
            typeParamBlocks.put(t, st.cur);
            visitTypeParams(t.typeParams());
        }
        st.enterBlock(name, ScopeType.TYPE_ALIAS, t, t);
        blocks.put(t, st.cur);
        st.cur.canSeeClassScope = inClass;
        if (inClass) {
            st.addDef("__classdict__", USE, t.value());
        }
        visitExpr(t.value());
        st.exitBlock();
        if (generic) {
            st.exitBlock();
        }
    }

    private void visitAnnAssign(AnnAssign a) {
        if (a.target() instanceof Name n) {
            int flags = st.lookup(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && st.cur != st.top && a.simple() != 0) {
                String msg = (flags & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                        : "annotated name '%s' can't be nonlocal";
                throw st.errorAt(String.format(msg, n.id()), a);
            }
            if (a.simple() != 0) {
                st.addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            }
            // symtable.c's `if (simple && !add_def(...)) ... else { ... }` also runs the else branch.
            if (a.value() != null) {
                st.addDef(n.id(), DEF_LOCAL, n);
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitDirective(Stmt s, List<String> names, boolean global) {
        for (String name : names) {
            int flags = st.lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String what = global ? "global" : "nonlocal";
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and " + what;
                } else if ((flags & USE) != 0) {
                    msg = "name '%s' is used prior to " + what + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + what;
                } else {
                    msg = "name '%s' is assigned to before " + what + " declaration";
                }
                throw st.errorAt(String.format(msg, name), s);
            }
            st.addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            st.recordDirective(name, s);
        }
    }

    private void visitHandlers(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                st.addDef(h.name(), DEF_LOCAL, h);
            }
            visitStmts(h.body());
        }
    }

    private void visitWithItems(List<WithItem> items) {
        for (WithItem item : items) {
            visitExpr(item.contextExpr());
            if (item.optionalVars() != null) {
                visitExpr(item.optionalVars());
            }
        }
    }

    private void visitKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k != null) {
                visitExpr(k.value());
            }
        }
    }

    private void visitAlias(Alias a) {
        String name = a.asname() != null ? a.asname() : a.name();
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            st.addDef(storeName, DEF_IMPORT, a);
        } else if (st.cur.type != ScopeType.MODULE) {
            throw st.errorAt("import * only allowed at module level", a);
        }
    }

    // ---------------------------------------------------------------- parameters and annotations

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            st.addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            st.cur.varargs = true;
        }
        if (a.kwarg() != null) {
            st.addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            st.cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg arg : args) {
            st.addDef(arg.arg(), DEF_PARAM, arg);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            st.enterBlock("_annotation", ScopeType.ANNOTATION, annotation, annotation);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            st.exitBlock();
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                visitExpr(arg.annotation());
            }
        }
    }

    private void visitAnnotations(Stmt o, Arguments a, Expr returns) {
        if (futureAnnotations) {
            st.enterBlock("_annotation", ScopeType.ANNOTATION, o, o);
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            st.exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            switch (tp) {
                case TypeVar v -> {
                    st.addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
                    if (v.bound() != null) {
                        boolean inClass = st.cur.canSeeClassScope;
                        st.enterBlock(v.name(), ScopeType.TYPE_VARIABLE_BOUND, v, v);
                        blocks.put(v, st.cur);
                        st.cur.canSeeClassScope = inClass;
                        if (inClass) {
                            st.addDef("__classdict__", USE, v.bound());
                        }
                        visitExpr(v.bound());
                        st.exitBlock();
                    }
                }
                case TypeVarTuple v -> st.addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
                case ParamSpec v -> st.addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
            }
        }
    }

    // ---------------------------------------------------------------- patterns

    private void visitPattern(Pattern p) {
        switch (p) {
            case MatchValue v -> visitExpr(v.value());
            case MatchSingleton v -> { }
            case MatchSequence v -> v.patterns().forEach(this::visitPattern);
            case MatchStar v -> {
                if (v.name() != null) {
                    st.addDef(v.name(), DEF_LOCAL, v);
                }
            }
            case MatchMapping v -> {
                visitExprs(v.keys());
                v.patterns().forEach(this::visitPattern);
                if (v.rest() != null) {
                    st.addDef(v.rest(), DEF_LOCAL, v);
                }
            }
            case MatchClass v -> {
                visitExpr(v.cls());
                v.patterns().forEach(this::visitPattern);
                v.kwdPatterns().forEach(this::visitPattern);
            }
            case MatchAs v -> {
                if (v.pattern() != null) {
                    visitPattern(v.pattern());
                }
                if (v.name() != null) {
                    st.addDef(v.name(), DEF_LOCAL, v);
                }
            }
            case MatchOr v -> v.patterns().forEach(this::visitPattern);
        }
    }

    // ---------------------------------------------------------------- expressions

    private void visitExpr(Expr e) {
        switch (e) {
            case NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", n);
                handleNamedExpr(n);
            }
            case BoolOp b -> visitExprs(b.values());
            case BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case UnaryOp u -> visitExpr(u.operand());
            case Lambda l -> visitLambda(l);
            case IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Dict d -> {
                visitExprs(d.keys());
                visitExprs(d.values());
            }
            case Set s -> visitExprs(s.elts());
            case GeneratorExp g -> handleComprehension(g, "genexpr", Scope.ComprehensionKind.GENERATOR,
                    g.generators(), g.elt(), null);
            case ListComp l -> handleComprehension(l, "listcomp", Scope.ComprehensionKind.LIST, l.generators(),
                    l.elt(), null);
            case SetComp s -> handleComprehension(s, "setcomp", Scope.ComprehensionKind.SET, s.generators(),
                    s.elt(), null);
            case DictComp d -> handleComprehension(d, "dictcomp", Scope.ComprehensionKind.DICT, d.generators(),
                    d.key(), d.value());
            case Yield y -> {
                raiseIfAnnotationBlock("yield expression", y);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
                st.cur.generator = true;
                raiseIfComprehensionBlock(y);
            }
            case YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", y);
                visitExpr(y.value());
                st.cur.generator = true;
                raiseIfComprehensionBlock(y);
            }
            case Await a -> {
                raiseIfAnnotationBlock("await expression", a);
                visitExpr(a.value());
                st.cur.coroutine = true;
            }
            case Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                visitKeywords(c.keywords());
            }
            case FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case JoinedStr j -> visitExprs(j.values());
            case Constant c -> { }
            case Attribute a -> visitExpr(a.value());
            case Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Starred s -> visitExpr(s.value());
            case Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
            case Name n -> {
                st.addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                // super() counts as a use of __class__.
                if (n.ctx() == ExprContext.Load && st.cur.isFunctionLike() && n.id().equals("super")) {
                    st.addDef("__class__", USE, n);
                }
            }
            case dev.molt.frontend.ast.List l -> visitExprs(l.elts());
            case Tuple t -> visitExprs(t.elts());
        }
    }

    private void visitLambda(Lambda l) {
        if (st.cur.canSeeClassScope) {
            throw st.errorAt("Cannot use lambda in annotation scope within class scope", l);
        }
        visitExprs(l.args().defaults());
        visitExprs(l.args().kwDefaults());
        st.enterBlock("lambda", ScopeType.FUNCTION, l, l);
        blocks.put(l, st.cur);
        visitArguments(l.args());
        visitExpr(l.body());
        st.exitBlock();
    }

    private void handleComprehension(Expr e, String scopeName, Scope.ComprehensionKind kind,
            List<Comprehension> generators, Expr elt, Expr value) {
        if (st.cur.canSeeClassScope) {
            throw st.errorAt("Cannot use comprehension in annotation scope within class scope", e);
        }
        boolean isGenerator = kind == Scope.ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        st.cur.compIterExpr++;
        visitExpr(outermost.iter());
        st.cur.compIterExpr--;
        st.enterBlock(scopeName, ScopeType.FUNCTION, e, e);
        blocks.put(e, st.cur);
        st.cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            st.cur.coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter .0.
        st.addDef(".0", DEF_PARAM, st.cur.lineno, st.cur.colOffset, st.cur.endLineno, st.cur.endColOffset);
        st.cur.compIterTarget = true;
        visitExpr(outermost.target());
        st.cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        st.cur.generator = isGenerator;
        boolean isAsync = st.cur.coroutine && !isGenerator;
        st.exitBlock();
        if (isAsync) {
            st.cur.coroutine = true;
        }
    }

    private void visitComprehension(Comprehension lc) {
        st.cur.compIterTarget = true;
        visitExpr(lc.target());
        st.cur.compIterTarget = false;
        st.cur.compIterExpr++;
        visitExpr(lc.iter());
        st.cur.compIterExpr--;
        visitExprs(lc.ifs());
        if (lc.isAsync() != 0) {
            st.cur.coroutine = true;
        }
    }

    private void handleNamedExpr(NamedExpr e) {
        if (st.cur.compIterExpr > 0) {
            throw st.errorAt(NAMED_EXPR_COMP_ITER_EXPR, e);
        }
        if (st.cur.comprehension != Scope.ComprehensionKind.NONE) {
            extendNamedExprScope((Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module (PEP 572). */
    private void extendNamedExprScope(Name e) {
        String target = e.id();
        for (int i = st.stack.size() - 1; i >= 0; i--) {
            Scope ste = st.stack.get(i);
            Integer raw = ste.flagsByName.get(target);
            int inScope = raw == null ? 0 : raw;
            if (ste.comprehension != Scope.ComprehensionKind.NONE) {
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw st.errorAt(String.format(NAMED_EXPR_COMP_CONFLICT, target), e);
                }
                continue;
            }
            if (ste.type == ScopeType.FUNCTION) {
                st.addDef(target, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, e);
                st.recordDirective(target, e);
                st.addDefHelper(target, DEF_LOCAL, ste, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
                return;
            }
            if (ste.type == ScopeType.MODULE) {
                st.addDef(target, DEF_GLOBAL, e);
                st.recordDirective(target, e);
                st.addDefHelper(target, DEF_GLOBAL, ste, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
                return;
            }
            String msg = switch (ste.type) {
                case CLASS -> "assignment expression within a comprehension cannot be used in a class body";
                case TYPE_PARAMETERS -> "assignment expression within a comprehension cannot be used within the"
                        + " definition of a generic";
                case TYPE_ALIAS -> "assignment expression within a comprehension cannot be used in a type alias";
                case TYPE_VARIABLE_BOUND -> "assignment expression within a comprehension cannot be used in a"
                        + " TypeVar bound";
                default -> null;
            };
            if (msg != null) {
                throw st.errorAt(msg, e);
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + target);
    }

    private void raiseIfAnnotationBlock(String name, Expr e) {
        String where = switch (st.cur.type) {
            case ANNOTATION -> "an annotation";
            case TYPE_VARIABLE_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw st.errorAt(name + " cannot be used within " + where, e);
        }
    }

    private void raiseIfComprehensionBlock(Expr e) {
        String msg = switch (st.cur.comprehension) {
            case NONE -> null;
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            case GENERATOR -> "'yield' inside generator expression";
        };
        if (msg != null) {
            throw st.errorAt(msg, e);
        }
    }
}
