package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import dev.molt.frontend.ast.Await;
import dev.molt.frontend.ast.BinOp;
import dev.molt.frontend.ast.BoolOp;
import dev.molt.frontend.ast.BoolOperator;
import dev.molt.frontend.ast.CmpOperator;
import dev.molt.frontend.ast.Compare;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.GeneratorExp;
import dev.molt.frontend.ast.IfExp;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.NamedExpr;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.ast.UnaryOp;
import dev.molt.frontend.ast.UnaryOperator;
import dev.molt.frontend.ast.Yield;
import dev.molt.frontend.ast.YieldFrom;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions from {@code star_expressions} down to {@code await_primary}, following CPython 3.12
 * Grammar/python.gram (section "EXPRESSIONS"): the operator precedence levels, named and
 * conditional expressions, and the specialised errors CPython's invalid_expression and
 * invalid_named_expression rules give. Primaries are in {@link PrimaryParser}, atoms in
 * {@link AtomParser}.
 *
 * <p>As in a PEG, an operator whose right operand does not parse is left unconsumed and the
 * expression so far is the result ({@code a + )} parses {@code a}); this only changes which
 * error is reported, and where, matching CPython.
 */
abstract class ExpressionParser extends ParserBase {
    /** Above 0 while parsing CPython's {@code expression_without_invalid}. */
    private int suppressInvalid;

    ExpressionParser(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        super(text, tokens, tokenizerError, deferred);
    }

    /** {@code atom}. */
    abstract Expr atom();

    /** {@code lambdef}. */
    abstract Expr lambdef();

    /** {@code primary}. */
    abstract Expr primary();

    // ---- lists of expressions ----------------------------------------------------------------

    /** Whether the current token can begin an expression (including a starred one). */
    final boolean startsExpression() {
        switch (type()) {
            case NAME: {
                String k = kws[pos];
                return k == null || Keywords.isSoft(k) || k == "None" || k == "True" || k == "False"
                        || k == "not" || k == "lambda" || k == "await";
            }
            case NUMBER: case STRING: case FSTRING_START: case LPAR: case LSQB: case LBRACE:
            case MINUS: case PLUS: case TILDE: case STAR: case ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /** {@code star_expressions}: a Tuple when there is a comma. */
    final Expr starExpressions() {
        int s = pos;
        Expr e = starExpression();
        if (type() != COMMA) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA)) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(elts, ExprContext.Load, ln(s), co(s), eln(), eco());
    }

    /** {@code star_expression}: {@code '*' bitwise_or | expression}. */
    final Expr starExpression() {
        if (type() == STAR) {
            int s = pos++;
            Expr v = bitwiseOr();
            return new Starred(v, ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        return expression();
    }

    /** {@code star_named_expression}: {@code '*' bitwise_or | named_expression}. */
    final Expr starNamedExpression() {
        if (type() == STAR) {
            int s = pos++;
            Expr v = bitwiseOr();
            return new Starred(v, ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        return namedExpression();
    }

    /** {@code expressions}: {@code expression (',' expression)* [',']}. */
    final Expr expressions() {
        int s = pos;
        Expr e = expression();
        if (type() != COMMA) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA)) {
            if (!startsExpression() || type() == STAR) {
                break;
            }
            elts.add(expression());
        }
        return new Tuple(elts, ExprContext.Load, ln(s), co(s), eln(), eco());
    }

    /** {@code annotated_rhs}: {@code yield_expr | star_expressions}. */
    final Expr annotatedRhs() {
        return atKw("yield") ? yieldExpr() : starExpressions();
    }

    /** {@code yield_expr}. */
    final Expr yieldExpr() {
        int s = pos;
        expectKw("yield");
        if (acceptKw("from")) {
            Expr v = expression();
            return new YieldFrom(v, ln(s), co(s), eln(), eco());
        }
        Expr v = startsExpression() ? starExpressions() : null;
        return new Yield(v, ln(s), co(s), eln(), eco());
    }

    // ---- named and conditional expressions ----------------------------------------------------

    /** {@code named_expression}: {@code NAME ':=' expression | expression !':='}. */
    final Expr namedExpression() {
        return namedExpression(true);
    }

    /**
     * {@code named_expression}; with {@code checkEquals}, an '=' after it is reported as CPython's
     * invalid_named_expression does (not in call arguments, where '=' makes a keyword).
     */
    final Expr namedExpression(boolean checkEquals) {
        if (atName() && typeAt(pos + 1) == COLONEQUAL) {
            int s = pos;
            Token t = toks[pos++];
            Name target = new Name(identifier(t.string()), ExprContext.Store, t.lineno(), t.colOffset(),
                    t.endLineno(), t.endColOffset());
            pos++;
            Expr value = expression();
            return new NamedExpr(target, value, ln(s), co(s), eln(), eco());
        }
        Expr e = expression();
        if (type() == COLONEQUAL) {
            // invalid_named_expression: a=expression ':=' expression (not in call arguments,
            // which do not go through named_expression)
            if (!checkEquals) {
                throw fail();
            }
            namedExpressionError(e);
        }
        if (checkEquals && type() == EQUAL) {
            PySyntaxError err = meantEquals(e);
            if (err != null) {
                throw err;
            }
        }
        return e;
    }

    /**
     * At a ':=' after {@code e}, which is not a name: "cannot use assignment expressions with X"
     * if an expression follows (CPython's invalid_named_expression), else a plain failure.
     */
    final void namedExpressionError(Expr e) {
        int save = pos;
        int saveMax = maxPos;
        pos++;
        try {
            expression();
        } catch (Backtrack b) {
            pos = save;
            restoreFurthest(saveMax);
            throw fail();
        }
        throw errorAtNode("cannot use assignment expressions with " + Targets.exprName(e), e);
    }

    /**
     * At an '=' after {@code e}: CPython's invalid_named_expression error if a {@code bitwise_or}
     * follows that is not itself followed by '=' or ':=', else null. Cursor and furthest position
     * are left unchanged.
     */
    final PySyntaxError meantEquals(Expr e) {
        int save = pos;
        int saveMax = maxPos;
        try {
            pos++;
            Expr rhs = bitwiseOr();
            if (type() == EQUAL || type() == COLONEQUAL) {
                return null;
            }
            if (e instanceof Name) {
                return errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
            }
            if (Targets.bitwiseLevel(e) && !(e instanceof Tuple) && !(e instanceof dev.molt.frontend.ast.List)
                    && !(e instanceof GeneratorExp) && !Targets.isSingletonConstant(e)) {
                return errorAtNode("cannot assign to " + Targets.exprName(e)
                        + " here. Maybe you meant '==' instead of '='?", e);
            }
            return null;
        } catch (Backtrack b) {
            return null;
        } finally {
            pos = save;
            restoreFurthest(saveMax);
        }
    }

    /** {@code expression}: conditional expression, disjunction or lambda. */
    final Expr expression() {
        if (kw() == "lambda") {
            return lambdef();
        }
        int s = pos;
        Expr body = disjunction();
        if (kw() == "if") {
            // PEG: when 'if' disjunction 'else' expression does not match, the expression is
            // just the disjunction, the 'if' left for the caller.
            int save = pos++;
            Expr test;
            try {
                test = disjunction();
            } catch (Backtrack b) {
                pos = save;
                return body;
            }
            if (kw() != "else") {
                if (type() != COLON && suppressInvalid == 0) {
                    throw error("SyntaxError", "expected 'else' after 'if' expression", ln(s), co(s),
                            eln(), eco());
                }
                pos = save;
                return body;
            }
            pos++;
            Expr orelse;
            try {
                orelse = expression();
            } catch (Backtrack b) {
                pos = save;
                return body;
            }
            return new IfExp(test, body, orelse, ln(s), co(s), eln(), eco());
        }
        if (suppressInvalid == 0 && body instanceof Name nm && (nm.id().equals("print") || nm.id().equals("exec"))
                && types[s] == NAME && pos == s + 1 && startsExpression() && type() != LPAR) {
            RuntimeException legacy = legacyCall(nm);
            if (legacy != null) {
                throw legacy;
            }
        }
        if (suppressInvalid == 0 && level[pos - 1] > 0 && startsExpression() && type() != STAR && type() != MINUS
                && type() != PLUS && !(types[s] == NAME && (types[s + 1] == STRING || types[s + 1] == FSTRING_START))
                && !(types[s] == NAME && Keywords.isSoftKeywordPrefix(toks[s].string()))
                && !(body instanceof Name nm && (nm.id().equals("print") || nm.id().equals("exec")))) {
            throw forgotComma(s);
        }
        return body;
    }

    final Expr disjunction() {
        int s = pos;
        Expr e = conjunction();
        if (kw() != "or") {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (kw() == "or") {
            int save = pos++;
            try {
                values.add(conjunction());
            } catch (Backtrack b) {
                pos = save;
                break;
            }
        }
        return values.size() == 1 ? e : new BoolOp(BoolOperator.Or, values, ln(s), co(s), eln(), eco());
    }

    final Expr conjunction() {
        int s = pos;
        Expr e = inversion();
        if (kw() != "and") {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (kw() == "and") {
            int save = pos++;
            try {
                values.add(inversion());
            } catch (Backtrack b) {
                pos = save;
                break;
            }
        }
        return values.size() == 1 ? e : new BoolOp(BoolOperator.And, values, ln(s), co(s), eln(), eco());
    }

    final Expr inversion() {
        if (kw() == "not") {
            int s = pos++;
            Expr operand = inversion();
            return new UnaryOp(UnaryOperator.Not, operand, ln(s), co(s), eln(), eco());
        }
        return comparison();
    }

    final Expr comparison() {
        int s = pos;
        Expr left = bitwiseOr();
        int save = pos;
        CmpOperator op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        do {
            Expr right;
            try {
                right = bitwiseOr();
            } catch (Backtrack b) {
                pos = save;
                break;
            }
            ops.add(op);
            comparators.add(right);
            save = pos;
        } while ((op = compareOp()) != null);
        if (ops.isEmpty()) {
            return left;
        }
        return new Compare(left, ops, comparators, ln(s), co(s), eln(), eco());
    }

    private CmpOperator compareOp() {
        switch (type()) {
            case EQEQUAL: pos++; return CmpOperator.Eq;
            case NOTEQUAL:
                if (toks[pos].string().equals("<>")) {
                    return null;
                }
                pos++;
                return CmpOperator.NotEq;
            case LESS: pos++; return CmpOperator.Lt;
            case LESSEQUAL: pos++; return CmpOperator.LtE;
            case GREATER: pos++; return CmpOperator.Gt;
            case GREATEREQUAL: pos++; return CmpOperator.GtE;
            case NAME: {
                String k = kws[pos];
                if (k == "in") {
                    pos++;
                    return CmpOperator.In;
                }
                if (k == "is") {
                    pos++;
                    if (kw() == "not") {
                        pos++;
                        return CmpOperator.IsNot;
                    }
                    return CmpOperator.Is;
                }
                if (k == "not" && kwAt(pos + 1) == "in") {
                    pos += 2;
                    return CmpOperator.NotIn;
                }
                return null;
            }
            default:
                return null;
        }
    }

    // ---- binary operators ----------------------------------------------------------------------

    /*
     * The left-associative binary levels of python.gram, loosest first: bitwise_or, bitwise_xor,
     * bitwise_and, shift_expr, sum, term; the operand of the tightest is factor.
     */
    private static final int BIT_OR = 0;
    private static final int BIT_XOR = 1;
    private static final int BIT_AND = 2;
    private static final int SHIFT = 3;
    private static final int SUM = 4;
    private static final int TERM = 5;

    final Expr bitwiseOr() {
        return binary(BIT_OR);
    }

    /** One binary level: operands of the next tighter level joined by this level's operators. */
    private Expr binary(int level) {
        int s = pos;
        Expr e = binaryOperand(level);
        for (;;) {
            Operator op = binaryOperator(type(), level);
            if (op == null) {
                return e;
            }
            int save = pos++;
            Expr r;
            try {
                r = binaryOperand(level);
            } catch (Backtrack b) {
                pos = save;
                return e;
            }
            e = new BinOp(e, op, r, ln(s), co(s), eln(), eco());
        }
    }

    private Expr binaryOperand(int level) {
        return level == TERM ? factor() : binary(level + 1);
    }

    /** The operator {@code t} spells at {@code level}, or null if it is none of that level's. */
    private static Operator binaryOperator(TokenType t, int level) {
        return switch (level) {
            case BIT_OR -> t == VBAR ? Operator.BitOr : null;
            case BIT_XOR -> t == CIRCUMFLEX ? Operator.BitXor : null;
            case BIT_AND -> t == AMPER ? Operator.BitAnd : null;
            case SHIFT -> t == LEFTSHIFT ? Operator.LShift : t == RIGHTSHIFT ? Operator.RShift : null;
            case SUM -> t == PLUS ? Operator.Add : t == MINUS ? Operator.Sub : null;
            default -> switch (t) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
        };
    }

    private Expr factor() {
        UnaryOperator op;
        switch (type()) {
            case PLUS: op = UnaryOperator.UAdd; break;
            case MINUS: op = UnaryOperator.USub; break;
            case TILDE: op = UnaryOperator.Invert; break;
            default: return power();
        }
        int s = pos++;
        Expr operand = factor();
        return new UnaryOp(op, operand, ln(s), co(s), eln(), eco());
    }

    private Expr power() {
        int s = pos;
        Expr e = awaitPrimary();
        if (type() == DOUBLESTAR) {
            int save = pos++;
            Expr r;
            try {
                r = factor();
            } catch (Backtrack b) {
                pos = save;
                return e;
            }
            return new BinOp(e, Operator.Pow, r, ln(s), co(s), eln(), eco());
        }
        return e;
    }

    private Expr awaitPrimary() {
        if (kw() == "await") {
            int s = pos++;
            Expr v = primary();
            return new Await(v, ln(s), co(s), eln(), eco());
        }
        return primary();
    }

    /** "invalid syntax. Perhaps you forgot a comma?" spanning from {@code start} to the next expression. */
    final RuntimeException forgotComma(int start) {
        int save = pos;
        int saveMax = maxPos;
        suppressInvalid++;
        try {
            expression();
        } catch (Backtrack | PySyntaxError b) {
            pos = save;
            restoreFurthest(saveMax);
            return fail();
        } finally {
            suppressInvalid--;
        }
        return error("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", ln(start),
                co(start), eln(), eco());
    }

    /**
     * CPython's invalid_legacy_expression: {@code print x} / {@code exec x} gives "Missing
     * parentheses in call to 'print'. Did you mean print(...)?" spanning both; null if no
     * expression list follows.
     */
    final PySyntaxError legacyCall(Name n) {
        int save = pos;
        int saveMax = maxPos;
        suppressInvalid++;
        try {
            starExpressions();
            return error("SyntaxError", "Missing parentheses in call to '" + n.id() + "'. Did you mean "
                    + n.id() + "(...)?", n.lineno(), n.colOffset(), eln(), eco());
        } catch (Backtrack | PySyntaxError e) {
            return null;
        } finally {
            pos = save;
            restoreFurthest(saveMax);
            suppressInvalid--;
        }
    }

}
