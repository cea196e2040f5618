package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import dev.molt.frontend.ast.Attribute;
import dev.molt.frontend.ast.Call;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.GeneratorExp;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Slice;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Subscript;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Primaries and targets (CPython 3.12 Grammar/python.gram {@code primary}, {@code slices},
 * {@code arguments}, {@code for_if_clauses}, {@code star_targets}, {@code del_targets}): attribute
 * references, calls with their argument errors, subscripts and slices, comprehension clauses,
 * and assignment/deletion targets parsed as primaries and given their context.
 */
abstract class PrimaryParser extends ExpressionParser {
    PrimaryParser(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        super(text, tokens, tokenizerError, deferred);
    }

    // ---- primary: attribute, call, subscript ----------------------------------------------------

    /** {@code primary}: an atom followed by {@code .name}, calls and subscripts. */
    @Override
    final Expr primary() {
        int s = pos;
        Expr e = atom();
        for (;;) {
            switch (type()) {
                case DOT: {
                    if (!atNameAt(pos + 1)) {
                        // primary '.' NAME fails; PEG falls back to the primary before the '.'
                        return e;
                    }
                    pos++;
                    String attr = name();
                    e = new Attribute(e, attr, ExprContext.Load, ln(s), co(s), eln(), eco());
                    break;
                }
                case LPAR:
                    e = call(e, s);
                    break;
                case LSQB: {
                    pos++;
                    Expr slice = slices();
                    expect(RSQB);
                    e = new Subscript(e, slice, ExprContext.Load, ln(s), co(s), eln(), eco());
                    break;
                }
                default:
                    return e;
            }
        }
    }

    /** {@code primary '(' [arguments] ')'} and {@code primary genexp}; the cursor is at '('. */
    final Call call(Expr func, int s) {
        int lpar = pos++;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenKwUnpack = false;
        while (type() != RPAR) {
            int as = pos;
            if (type() == STAR) {
                pos++;
                Expr v = expression();
                if (seenKwUnpack) {
                    throw error("SyntaxError",
                            "iterable argument unpacking follows keyword argument unpacking",
                            ln(as), co(as), eln(), eco());
                }
                args.add(new Starred(v, ExprContext.Load, ln(as), co(as), eln(), eco()));
            } else if (type() == DOUBLESTAR) {
                pos++;
                Expr v = expression();
                keywords.add(new Keyword(null, v, ln(as), co(as), eln(), eco()));
                seenKwUnpack = true;
            } else if (type() == NAME && (kws[pos] == null || Keywords.isSoft(kws[pos]) || kws[pos] == "True"
                    || kws[pos] == "False" || kws[pos] == "None") && typeAt(pos + 1) == EQUAL) {
                String k = kws[pos];
                if (k == "True" || k == "False" || k == "None") {
                    throw error("SyntaxError", "cannot assign to " + k, ln(as), co(as),
                            toks[pos + 1].endLineno(), toks[pos + 1].endColOffset());
                }
                if (k != null && !Keywords.isSoft(k)) {
                    throw fail();
                }
                if (typeAt(pos + 2) == COMMA || typeAt(pos + 2) == RPAR) {
                    // invalid_kwarg (3.12): a=NAME b='=' &(',' | ')')
                    throw error("SyntaxError", "expected argument value expression", ln(as), co(as),
                            toks[pos + 1].endLineno(), toks[pos + 1].endColOffset());
                }
                String id = name();
                pos++;
                Expr v = expression();
                keywords.add(new Keyword(id, v, ln(as), co(as), eln(), eco()));
                seenKeyword = true;
            } else {
                Expr v = namedExpression(false);
                if (kw() == "for" || kw() == "async" && kwAt(pos + 1) == "for") {
                    if (func == null) {
                        throw fail();
                    }
                    List<Comprehension> gens = forIfClauses();
                    if (!args.isEmpty() || !keywords.isEmpty() || type() != RPAR) {
                        Expr lastItem = lastComprehensionItem(gens);
                        throw errorRange("Generator expression must be parenthesized", v, lastItem);
                    }
                    pos++;
                    Expr g = new GeneratorExp(v, gens, ln(lpar), co(lpar), eln(), eco());
                    return new Call(func, List.of(g), List.of(), ln(s), co(s), eln(), eco());
                }
                if (type() == EQUAL) {
                    throw error("SyntaxError",
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            ln(as), co(as), toks[pos].endLineno(), toks[pos].endColOffset());
                }
                if (seenKwUnpack) {
                    throw errorAtTokenIndex("SyntaxError", "positional argument follows keyword argument unpacking",
                            matchingClose(lpar));
                }
                if (seenKeyword) {
                    throw errorAtTokenIndex("SyntaxError", "positional argument follows keyword argument",
                            matchingClose(lpar));
                }
                args.add(v);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        return new Call(func, args, keywords, ln(s), co(s), eln(), eco());
    }

    /**
     * The index of the bracket closing the one at {@code open} (CPython raises some argument errors
     * at the last token its invalid_arguments rule fetched, which is there), or the last token.
     */
    final int matchingClose(int open) {
        int depth = level[open] - 1;
        for (int i = open + 1; i < n; i++) {
            if (level[i] == depth && (types[i] == RPAR || types[i] == RSQB || types[i] == RBRACE)) {
                return i;
            }
        }
        return n - 1;
    }


    static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    /** {@code slices}: one slice, or a Tuple of slices and starred expressions. */
    private Expr slices() {
        int s = pos;
        Expr e = slice();
        if (type() != COMMA && !(e instanceof Starred)) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA)) {
            if (type() == RSQB) {
                break;
            }
            elts.add(slice());
        }
        return new Tuple(elts, ExprContext.Load, ln(s), co(s), eln(), eco());
    }

    /** {@code slice | starred_expression}. */
    private Expr slice() {
        int s = pos;
        if (type() == STAR) {
            pos++;
            Expr v = expression();
            return new Starred(v, ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        Expr lower = null;
        if (type() != COLON) {
            lower = namedExpression();
            if (type() != COLON) {
                return lower;
            }
        }
        pos++;
        Expr upper = null;
        Expr step = null;
        if (startsExpression() && type() != STAR) {
            upper = expression();
        }
        if (accept(COLON)) {
            if (startsExpression() && type() != STAR) {
                step = expression();
            }
        }
        return new Slice(lower, upper, step, ln(s), co(s), eln(), eco());
    }

    // ---- comprehensions and targets --------------------------------------------------------------

    /** {@code for_if_clauses}; the cursor is at 'for' or 'async'. */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>(2);
        for (;;) {
            int isAsync = 0;
            if (kw() == "async" && kwAt(pos + 1) == "for") {
                pos++;
                isAsync = 1;
            } else if (kw() != "for") {
                return gens;
            }
            pos++;
            Expr target = starTargets(ExprContext.Store);
            if (kw() != "in") {
                throw fail();
            }
            pos++;
            Expr iter = disjunction();
            List<Expr> ifs = List.of();
            if (kw() == "if") {
                ifs = new ArrayList<>(2);
                while (acceptKw("if")) {
                    ifs.add(disjunction());
                }
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
    }

    /** Whether the current token can begin a target. */
    final boolean startsTarget() {
        TokenType t = type();
        return t == STAR || t == LPAR || t == LSQB || atName();
    }

    /**
     * {@code star_targets} (or {@code del_targets} with ctx Del): a target or a Tuple of them. The
     * targets are parsed as primaries and given the context, as CPython's
     * {@code _PyPegen_set_expr_context} does.
     */
    final Expr starTargets(ExprContext ctx) {
        int s = pos;
        Expr t = starTarget(ctx);
        if (type() != COMMA) {
            return t;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(t);
        while (accept(COMMA)) {
            if (!startsTarget()) {
                break;
            }
            elts.add(starTarget(ctx));
        }
        return new Tuple(elts, ctx, ln(s), co(s), eln(), eco());
    }

    final Expr starTarget(ExprContext ctx) {
        int s = pos;
        if (type() == STAR && ctx == ExprContext.Del) {
            pos++;
            starTarget(ExprContext.Store);
            throw error("SyntaxError", "cannot delete starred", ln(s), co(s), eln(), eco());
        }
        if (type() == STAR) {
            pos++;
            if (type() == STAR) {
                throw fail();
            }
            Expr v = starTarget(ctx);
            return new Starred(v, ctx, ln(s), co(s), eln(), eco());
        }
        Expr e = primary();
        return Targets.withContext(this, e, ctx, ctx == ExprContext.Del ? Targets.Kind.DEL : Targets.Kind.FOR);
    }
}
