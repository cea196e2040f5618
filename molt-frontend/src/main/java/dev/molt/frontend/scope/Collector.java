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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first pass: walks the AST, opens a {@link Scope} per block and records raw {@link SymbolFlags} per name,
 * following CPython 3.12 {@code Python/symtable.c} ({@code symtable_visit_stmt}, {@code symtable_visit_expr} and
 * helpers) function by function. Raises the errors that pass raises.
 *
 * <p>Where 3.11 visits the parts of a non-generic {@code def} or {@code class} in another order (which changes
 * symbol order only), the 3.11 order is used; see the package documentation.
 */
final class Collector {
    private static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";
    private static final String DUPLICATE_TYPE_PARAM = "duplicate type parameter '%s'";
    private static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    private static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    private static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";

    private enum DefKind { FUNCTION, CLASS, TYPE_ALIAS }

    private final Diagnostics diagnostics;
    private final boolean futureAnnotations;
    private final Map<Node, Scope> blocks;
    private final Map<Node, Scope> typeParamBlocks;
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Scope top;
    private String privateName;

    Collector(Diagnostics diagnostics, boolean futureAnnotations, Map<Node, Scope> blocks,
            Map<Node, Scope> typeParamBlocks) {
        this.diagnostics = diagnostics;
        this.futureAnnotations = futureAnnotations;
        this.blocks = blocks;
        this.typeParamBlocks = typeParamBlocks;
    }

    Scope collect(Module module) {
        enterBlock("top", ScopeType.MODULE, module, 0, 0, 0, 0);
        top = cur;
        blocks.put(module, top);
        for (Stmt s : module.body()) {
            visitStmt(s);
        }
        exitBlock();
        return top;
    }

    // ---------------------------------------------------------------- blocks

    private void enterBlock(String name, ScopeType type, Node node, int lineno, int col, int endLineno, int endCol) {
        Scope prev = cur;
        Scope ste = new Scope(type, name, node, prev, lineno, col, endLineno, endCol);
        ste.nested = prev != null && (prev.nested || prev.isFunctionLike());
        stack.add(ste);
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        if (type == ScopeType.ANNOTATION) {
            return;
        }
        if (prev != null) {
            prev.childList.add(ste);
        }
    }

    private void enterBlock(String name, ScopeType type, Node node, Located loc) {
        enterBlock(name, type, node, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void enterTypeParamBlock(String name, Node node, boolean hasDefaults, boolean hasKwDefaults,
            DefKind kind, Located loc) {
        ScopeType currentType = cur.type;
        enterBlock(name, ScopeType.TYPE_PARAMETERS, node, loc);
        typeParamBlocks.put(node, cur);
        if (currentType == ScopeType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (kind == DefKind.CLASS) {
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    // ---------------------------------------------------------------- definitions

    private void addDef(String name, int flag, Located loc) {
        addDefHelper(name, flag, cur, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    private void addDef(String name, int flag, int lineno, int col, int endLineno, int endCol) {
        addDefHelper(name, flag, cur, lineno, col, endLineno, endCol);
    }

    private void addDefHelper(String name, int flag, Scope ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = Mangling.mangle(privateName, name);
        Integer o = ste.flagsByName.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw diagnostics.error(String.format(DUPLICATE_ARGUMENT, name), lineno, col, endLineno, endCol);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw diagnostics.error(String.format(DUPLICATE_TYPE_PARAM, name), lineno, col, endLineno, endCol);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw diagnostics.error(String.format(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), lineno, col,
                        endLineno, endCol);
            }
            val |= DEF_COMP_ITER;
        }
        ste.flagsByName.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            int g = flag;
            Integer old = top.flagsByName.get(mangled);
            if (old != null) {
                g |= old;
            }
            top.flagsByName.put(mangled, g);
        }
    }

    /** {@code symtable_lookup}: the flags the current block has so far for a (mangled) name. */
    private int lookup(String name) {
        Integer v = cur.flagsByName.get(Mangling.mangle(privateName, name));
        return v == null ? 0 : v;
    }

    private void recordDirective(String name, Located loc) {
        cur.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), loc.lineno(), loc.colOffset(),
                loc.endLineno(), loc.endColOffset()));
    }

    private RuntimeException errorAt(String msg, Located loc) {
        return diagnostics.error(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
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
                    cur.returnsValue = true;
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
            case Try t -> {
                // 3.11 order (3.12 visits the handlers before orelse): only symbol and child order differ.
                visitStmts(t.body());
                visitStmts(t.orelse());
                visitHandlers(t.handlers());
                visitStmts(t.finalbody());
            }
            case TryStar t -> {
                // 3.11 order (3.12 visits the handlers before orelse): only symbol and child order differ.
                visitStmts(t.body());
                visitStmts(t.orelse());
                visitHandlers(t.handlers());
                visitStmts(t.finalbody());
            }
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

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // 3.12 order: decorators, then the type parameter scope, then annotations inside it.
            visitExprs(decorators);
            // symtable.c tests `args->defaults != NULL`; the parser always gives a (maybe empty) list.
            boolean hasKwDefaults = false;
            for (Expr d : args.kwDefaults()) {
                hasKwDefaults |= d != null;
            }
            enterTypeParamBlock(name, s, true, hasKwDefaults, DefKind.FUNCTION, s);
            visitTypeParams(typeParams);
            visitAnnotations(s, args, returns);
        } else {
            // 3.11 order for code 3.11 accepts: annotations before decorators.
            visitAnnotations(s, args, returns);
            visitExprs(decorators);
        }
        enterBlock(name, ScopeType.FUNCTION, s, s);
        blocks.put(s, cur);
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitClass(ClassDef c) {
        String outerPrivate = privateName;
        addDef(c.name(), DEF_LOCAL, c);
        boolean generic = !c.typeParams().isEmpty();
        if (generic) {
            visitExprs(c.decoratorList());
            enterTypeParamBlock(c.name(), c, false, false, DefKind.CLASS, c);
            visitTypeParams(c.typeParams());
            visitExprs(c.bases());
            visitKeywords(c.keywords());
        } else {
            // 3.11 order: bases, keywords, then decorators.
            visitExprs(c.bases());
            visitKeywords(c.keywords());
            visitExprs(c.decoratorList());
        }
        enterBlock(c.name(), ScopeType.CLASS, c, c);
        blocks.put(c, cur);
        String tmp = privateName;
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, c);
            addDef(".type_params", USE, c);
        }
        visitStmts(c.body());
        privateName = tmp;
        exitBlock();
        if (generic) {
            exitBlock();
        }
        // symtable.c 3.12.0 leaves st_private set to the class name after a generic class; later releases restore it.
        privateName = outerPrivate;
    }

    private void visitTypeAlias(TypeAlias t) {
        visitExpr(t.name());
        String name = ((Name) t.name()).id();
        boolean inClass = cur.type == ScopeType.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, DefKind.TYPE_ALIAS, t);
            visitTypeParams(t.typeParams());
        }
        enterBlock(name, ScopeType.TYPE_ALIAS, t, t);
        blocks.put(t, cur);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, t.value());
        }
        visitExpr(t.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitAnnAssign(AnnAssign a) {
        if (a.target() instanceof Name n) {
            int cur = lookup(n.id());
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && this.cur != top && a.simple() != 0) {
                String msg = (cur & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                        : "annotated name '%s' can't be nonlocal";
                throw errorAt(String.format(msg, n.id()), a);
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            }
            // symtable.c's `if (simple && !add_def(...)) ... else { ... }` also runs the else branch.
            if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n);
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
            int cur = lookup(name);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String what = global ? "global" : "nonlocal";
                String msg;
                if ((cur & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and " + what;
                } else if ((cur & USE) != 0) {
                    msg = "name '%s' is used prior to " + what + " declaration";
                } else if ((cur & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + what;
                } else {
                    msg = "name '%s' is assigned to before " + what + " declaration";
                }
                throw errorAt(String.format(msg, name), s);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s);
        }
    }

    private void visitHandlers(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visitExpr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
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
            addDef(storeName, DEF_IMPORT, a);
        } else if (cur.type != ScopeType.MODULE) {
            throw errorAt("import * only allowed at module level", a);
        }
    }

    // ---------------------------------------------------------------- parameters and annotations

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg arg : args) {
            addDef(arg.arg(), DEF_PARAM, arg);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, annotation, annotation);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
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
            enterBlock("_annotation", ScopeType.ANNOTATION, o, o);
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
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            switch (tp) {
                case TypeVar v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
                    if (v.bound() != null) {
                        boolean inClass = cur.canSeeClassScope;
                        enterBlock(v.name(), ScopeType.TYPE_VARIABLE_BOUND, v, v);
                        blocks.put(v, cur);
                        cur.canSeeClassScope = inClass;
                        if (inClass) {
                            addDef("__classdict__", USE, v.bound());
                        }
                        visitExpr(v.bound());
                        exitBlock();
                    }
                }
                case TypeVarTuple v -> addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
                case ParamSpec v -> addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v);
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
                    addDef(v.name(), DEF_LOCAL, v);
                }
            }
            case MatchMapping v -> {
                visitExprs(v.keys());
                v.patterns().forEach(this::visitPattern);
                if (v.rest() != null) {
                    addDef(v.rest(), DEF_LOCAL, v);
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
                    addDef(v.name(), DEF_LOCAL, v);
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
                cur.generator = true;
                raiseIfComprehensionBlock(y);
            }
            case YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", y);
                visitExpr(y.value());
                cur.generator = true;
                raiseIfComprehensionBlock(y);
            }
            case Await a -> {
                raiseIfAnnotationBlock("await expression", a);
                visitExpr(a.value());
                cur.coroutine = true;
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
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                // super() counts as a use of __class__.
                if (n.ctx() == ExprContext.Load && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", USE, n);
                }
            }
            case dev.molt.frontend.ast.List l -> visitExprs(l.elts());
            case Tuple t -> visitExprs(t.elts());
        }
    }

    private void visitLambda(Lambda l) {
        if (cur.canSeeClassScope) {
            throw errorAt("Cannot use lambda in annotation scope within class scope", l);
        }
        visitExprs(l.args().defaults());
        visitExprs(l.args().kwDefaults());
        enterBlock("lambda", ScopeType.FUNCTION, l, l);
        blocks.put(l, cur);
        visitArguments(l.args());
        visitExpr(l.body());
        exitBlock();
    }

    private void handleComprehension(Expr e, String scopeName, Scope.ComprehensionKind kind,
            List<Comprehension> generators, Expr elt, Expr value) {
        if (cur.canSeeClassScope) {
            throw errorAt("Cannot use comprehension in annotation scope within class scope", e);
        }
        boolean isGenerator = kind == Scope.ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, ScopeType.FUNCTION, e, e);
        blocks.put(e, cur);
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            cur.coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter .0.
        addDef(".0", DEF_PARAM, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    private void visitComprehension(Comprehension lc) {
        cur.compIterTarget = true;
        visitExpr(lc.target());
        cur.compIterTarget = false;
        cur.compIterExpr++;
        visitExpr(lc.iter());
        cur.compIterExpr--;
        visitExprs(lc.ifs());
        if (lc.isAsync() != 0) {
            cur.coroutine = true;
        }
    }

    private void handleNamedExpr(NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw errorAt(NAMED_EXPR_COMP_ITER_EXPR, e);
        }
        if (cur.comprehension != Scope.ComprehensionKind.NONE) {
            extendNamedExprScope((Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module (PEP 572). */
    private void extendNamedExprScope(Name e) {
        String target = e.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            Integer raw = ste.flagsByName.get(target);
            int inScope = raw == null ? 0 : raw;
            if (ste.comprehension != Scope.ComprehensionKind.NONE) {
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw errorAt(String.format(NAMED_EXPR_COMP_CONFLICT, target), e);
                }
                continue;
            }
            if (ste.type == ScopeType.FUNCTION) {
                addDef(target, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, e);
                recordDirective(target, e);
                addDefHelper(target, DEF_LOCAL, ste, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
                return;
            }
            if (ste.type == ScopeType.MODULE) {
                addDef(target, DEF_GLOBAL, e);
                recordDirective(target, e);
                addDefHelper(target, DEF_GLOBAL, ste, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
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
                throw errorAt(msg, e);
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + target);
    }

    private void raiseIfAnnotationBlock(String name, Expr e) {
        String where = switch (cur.type) {
            case ANNOTATION -> "an annotation";
            case TYPE_VARIABLE_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw errorAt(name + " cannot be used within " + where, e);
        }
    }

    private void raiseIfComprehensionBlock(Expr e) {
        String msg = switch (cur.comprehension) {
            case NONE -> null;
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            case GENERATOR -> "'yield' inside generator expression";
        };
        if (msg != null) {
            throw errorAt(msg, e);
        }
    }
}
