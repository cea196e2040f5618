package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.AnnAssign;
import dev.molt.frontend.ast.Assert;
import dev.molt.frontend.ast.Assign;
import dev.molt.frontend.ast.Attribute;
import dev.molt.frontend.ast.AugAssign;
import dev.molt.frontend.ast.Break;
import dev.molt.frontend.ast.Continue;
import dev.molt.frontend.ast.Delete;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.ExprStmt;
import dev.molt.frontend.ast.Global;
import dev.molt.frontend.ast.Import;
import dev.molt.frontend.ast.ImportFrom;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.Nonlocal;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Pass;
import dev.molt.frontend.ast.Raise;
import dev.molt.frontend.ast.Return;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Subscript;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.ast.TypeAlias;
import dev.molt.frontend.ast.TypeParam;
import dev.molt.frontend.ast.Yield;
import dev.molt.frontend.ast.YieldFrom;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple statements (CPython 3.12 Grammar/python.gram {@code simple_stmts} and
 * {@code simple_stmt}): expression statements, all assignment forms, {@code type} aliases,
 * return, raise, pass, break, continue, del, assert, global, nonlocal and imports, with the
 * specialised errors of {@code invalid_assignment} and friends.
 */
abstract class SimpleStatementParser extends PatternParser {
    SimpleStatementParser(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        super(text, tokens, tokenizerError, deferred);
    }

    /** {@code simple_stmts}: simple statements separated by ';', then NEWLINE. */
    final void simpleStmts(List<Stmt> out) {
        for (;;) {
            out.add(simpleStmt());
            if (accept(SEMI)) {
                if (type() == NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (type() != NEWLINE) {
            throw fail();
        }
        pos++;
    }

    private Stmt simpleStmt() {
        int s = pos;
        String k = kw();
        if (k != null) {
            switch (k) {
                case "return": {
                    pos++;
                    Expr v = startsExpression() ? starExpressions() : null;
                    return new Return(v, ln(s), co(s), eln(), eco());
                }
                case "import":
                    return importName();
                case "from":
                    return importFrom();
                case "raise": {
                    pos++;
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression() && type() != STAR) {
                        exc = expression();
                        if (acceptKw("from")) {
                            cause = expression();
                        }
                    }
                    return new Raise(exc, cause, ln(s), co(s), eln(), eco());
                }
                case "pass":
                    pos++;
                    return new Pass(ln(s), co(s), eln(), eco());
                case "break":
                    pos++;
                    return new Break(ln(s), co(s), eln(), eco());
                case "continue":
                    pos++;
                    return new Continue(ln(s), co(s), eln(), eco());
                case "del": {
                    pos++;
                    List<Expr> targets = new ArrayList<>(2);
                    do {
                        if (!startsTarget() && !targets.isEmpty()) {
                            break;
                        }
                        targets.add(starTarget(ExprContext.Del));
                    } while (accept(COMMA));
                    if (type() != NEWLINE && type() != SEMI) {
                        throw fail();
                    }
                    return new Delete(targets, ln(s), co(s), eln(), eco());
                }
                case "assert": {
                    pos++;
                    Expr test = expression();
                    Expr msg = accept(COMMA) ? expression() : null;
                    return new dev.molt.frontend.ast.Assert(test, msg, ln(s), co(s), eln(), eco());
                }
                case "global":
                case "nonlocal": {
                    pos++;
                    List<String> names = new ArrayList<>();
                    names.add(name());
                    while (accept(COMMA)) {
                        names.add(name());
                    }
                    return k == "global" ? new Global(names, ln(s), co(s), eln(), eco())
                            : new Nonlocal(names, ln(s), co(s), eln(), eco());
                }
                case "type":
                    if (atNameAt(pos + 1) && (typeAt(pos + 2) == EQUAL || typeAt(pos + 2) == LSQB)) {
                        return typeAlias();
                    }
                    break;
                default:
                    break;
            }
        }
        return expressionOrAssignment();
    }

    private Stmt typeAlias() {
        int s = pos++;
        Token t = toks[pos];
        String id = name();
        Name target = new Name(id, ExprContext.Store, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        List<TypeParam> params = type() == LSQB ? typeParams() : List.of();
        expect(EQUAL);
        Expr value = expression();
        return new TypeAlias(target, params, value, ln(s), co(s), eln(), eco());
    }

    private Expr rhs() {
        return kw() == "yield" ? yieldExpr() : starExpressions();
    }

    private Stmt expressionOrAssignment() {
        int s = pos;
        Expr first = rhs();
        switch (type()) {
            case EQUAL: {
                List<Expr> targets = new ArrayList<>(2);
                Expr value = first;
                boolean firstTarget = true;
                while (type() == EQUAL) {
                    Expr st = Targets.setContext(value, ExprContext.Store);
                    if (st == null) {
                        throw invalidAssignment(value, firstTarget);
                    }
                    targets.add(st);
                    firstTarget = false;
                    pos++;
                    value = rhs();
                }
                return new Assign(targets, value, null, ln(s), co(s), eln(), eco());
            }
            case COLON: {
                if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)
                        && !annotationFollows()) {
                    throw fail();
                }
                if (first instanceof Tuple t) {
                    if (types[s] == LPAR && t.colOffset() == co(s) && t.lineno() == ln(s)) {
                        throw errorAtNode("only single target (not tuple) can be annotated", first);
                    }
                    throw errorAtNode("only single target (not tuple) can be annotated", t.elts().get(0));
                }
                if (first instanceof dev.molt.frontend.ast.List) {
                    throw errorAtNode("only single target (not list) can be annotated", first);
                }
                if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                    throw errorAtNode("illegal target for annotation", first);
                }
                pos++;
                Expr annotation = expression();
                Expr value = null;
                if (accept(EQUAL)) {
                    value = rhs();
                }
                int simple = first instanceof Name && types[s] != LPAR ? 1 : 0;
                Expr target = Targets.setContext(first, ExprContext.Store);
                return new AnnAssign(target, annotation, value, simple, ln(s), co(s), eln(), eco());
            }
            default: {
                Operator op = augOp();
                if (op != null) {
                    if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                        // invalid_assignment: a=star_expressions augassign (yield_expr | star_expressions)
                        int save = pos;
                        int saveMax = maxPos;
                        pos++;
                        try {
                            rhs();
                        } catch (Backtrack | dev.molt.frontend.PySyntaxError e) {
                            throw fail();
                        } finally {
                            pos = save;
                            restoreFurthest(saveMax);
                        }
                        throw errorAtNode("'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment", first);
                    }
                    pos++;
                    Expr value = rhs();
                    Expr target = Targets.setContext(first, ExprContext.Store);
                    return new AugAssign(target, op, value, ln(s), co(s), eln(), eco());
                }
                if (type() == COLONEQUAL && !(first instanceof Name)) {
                    namedExpressionError(first);
                }
                return new ExprStmt(first, ln(s), co(s), eln(), eco());
            }
        }
    }

    /**
     * Whether ':' and an expression follow (CPython's invalid_assignment rules need both before
     * they report a bad annotation target). Leaves the cursor and the furthest position as they
     * were.
     */
    private boolean annotationFollows() {
        int save = pos;
        int saveMax = maxPos;
        try {
            pos++;
            expression();
            return true;
        } catch (Backtrack | dev.molt.frontend.PySyntaxError e) {
            return false;
        } finally {
            pos = save;
            restoreFurthest(saveMax);
        }
    }

    /**
     * The error for an invalid assignment target (the cursor is at its '='), as CPython's
     * invalid_named_expression ("... here. Maybe you meant '==' instead of '='?") and
     * invalid_assignment rules.
     */
    private RuntimeException invalidAssignment(Expr target, boolean firstTarget) {
        if (target instanceof Yield || target instanceof YieldFrom) {
            return errorAtNode("assignment to yield expression not possible", target);
        }
        if (firstTarget && !(target instanceof Name)) {
            // invalid_assignment parses an unparenthesized tuple's later items as named
            // expressions, so its last item meets the '=' as invalid_named_expression.
            Expr probe = target;
            if (target instanceof Tuple t && t.elts().size() > 1
                    && !(t.colOffset() == co(toksStart(t)) && types[toksStart(t)] == LPAR)) {
                probe = t.elts().get(t.elts().size() - 1);
            }
            dev.molt.frontend.PySyntaxError here = meantEquals(probe);
            if (here != null) {
                return here;
            }
        }
        return Targets.invalid(this, target, Targets.Kind.STAR);
    }

    /** The index of the token where {@code e} starts (searching back from the cursor). */
    private int toksStart(Expr e) {
        int i = pos - 1;
        while (i > 0 && (toks[i].lineno() > e.lineno()
                || toks[i].lineno() == e.lineno() && toks[i].colOffset() > e.colOffset())) {
            i--;
        }
        return i;
    }


    private Operator augOp() {
        return switch (type()) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    // ---- imports -----------------------------------------------------------------------------------

    private Stmt importName() {
        int s = pos++;
        List<Alias> names = new ArrayList<>();
        do {
            int as = pos;
            String dotted = dottedName();
            String asname = null;
            if (acceptKw("as")) {
                asname = name();
            }
            names.add(new Alias(dotted, asname, ln(as), co(as), eln(), eco()));
        } while (accept(COMMA));
        if (kw() == "from") {
            // invalid_import (3.12): 'import' dotted_name+ 'from' dotted_name
            int save = pos;
            pos++;
            if (atName()) {
                dottedName();
                throw error("SyntaxError", "Did you mean to use 'from ... import ...' instead?", ln(s), co(s),
                        eln(), eco());
            }
            pos = save;
        }
        return new Import(names, ln(s), co(s), eln(), eco());
    }

    private String dottedName() {
        String first = name();
        if (type() != DOT) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        while (accept(DOT)) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        int s = pos++;
        int level = 0;
        for (;;) {
            if (accept(DOT)) {
                level++;
            } else if (accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (kw() != "import" || level == 0) {
            module = dottedName();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (type() == STAR) {
            Token t = toks[pos++];
            names.add(new Alias("*", null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()));
        } else {
            boolean paren = accept(LPAR);
            do {
                if (paren && type() == RPAR) {
                    break;
                }
                int as = pos;
                String id = name();
                String asname = null;
                if (acceptKw("as")) {
                    asname = name();
                }
                names.add(new Alias(id, asname, ln(as), co(as), eln(), eco()));
                if (!paren && type() == COMMA && typeAt(pos + 1) == NEWLINE) {
                    pos++;
                    type();
                    throw errorAtFurthest("trailing comma not allowed without surrounding parentheses");
                }
            } while (accept(COMMA));
            if (paren) {
                expect(RPAR);
            }
        }
        return new ImportFrom(module, names, level, ln(s), co(s), eln(), eco());
    }
}
