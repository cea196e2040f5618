package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.TokenType;
import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.Lambda;
import dev.molt.frontend.ast.ParamSpec;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.TypeParam;
import dev.molt.frontend.ast.TypeVar;
import dev.molt.frontend.ast.TypeVarTuple;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} and {@code lambda} (CPython 3.12 Grammar/python.gram
 * {@code parameters}, {@code lambda_parameters}, {@code star_etc}) and PEP 695 type parameter
 * lists ({@code type_params}).
 */
abstract class ParameterParser extends AtomParser {
    static final Arguments NO_ARGUMENTS = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    ParameterParser(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        super(text, tokens, tokenizerError, deferred);
    }

    @Override
    final Expr lambdef() {
        int s = pos++;
        Arguments args = type() == COLON ? NO_ARGUMENTS : parameters(true, COLON);
        expect(COLON);
        Expr body = expression();
        return new Lambda(args, body, ln(s), co(s), eln(), eco());
    }

    /**
     * A parameter list up to (not including) {@code closer}: ')' for def, ':' for lambda.
     * Lambda parameters have no annotations.
     */
    final Arguments parameters(boolean lambda, TokenType closer) {
        List<Arg> posonly = List.of();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        while (type() != closer) {
            int s = pos;
            if (kwarg != null) {
                throw errorAtToken("SyntaxError", "arguments cannot follow var-keyword argument", toks[pos]);
            }
            if (type() == SLASH) {
                if (slash) {
                    throw errorAtToken("SyntaxError", "/ may appear only once", toks[pos]);
                }
                if (star) {
                    throw errorAtToken("SyntaxError", "/ must be ahead of *", toks[pos]);
                }
                if (args.isEmpty()) {
                    throw errorAtToken("SyntaxError", "at least one argument must precede /", toks[pos]);
                }
                pos++;
                slash = true;
                posonly = args;
                args = new ArrayList<>();
            } else if (type() == STAR) {
                if (star) {
                    throw errorAtToken("SyntaxError", "* argument may appear only once", toks[pos]);
                }
                pos++;
                star = true;
                if (type() == COMMA || type() == closer) {
                    if (type() == closer || typeAt(pos + 1) == closer || typeAt(pos + 1) == DOUBLESTAR) {
                        // invalid_star_etc locates it at the '*'; invalid_lambda_star_etc has no
                        // location, so the last token looked at
                        throw lambda ? errorAtFurthest("named arguments must follow bare *")
                                : error("SyntaxError", "named arguments must follow bare *", ln(s), co(s), ln(s), co(s) + 1);
                    }
                } else {
                    vararg = param(lambda, true);
                    if (type() == EQUAL) {
                        throw errorAtToken("SyntaxError", "var-positional argument cannot have default value", toks[pos]);
                    }
                }
            } else if (type() == DOUBLESTAR) {
                pos++;
                kwarg = param(lambda, false);
                if (type() == EQUAL) {
                    throw errorAtToken("SyntaxError", "var-keyword argument cannot have default value", toks[pos]);
                }
            } else {
                if (type() == LPAR && !lambda) {
                    throw parenthesizedParameters();
                }
                Arg a = param(lambda, false);
                Expr def = null;
                if (type() == EQUAL) {
                    Token eq = toks[pos++];
                    if (type() == COMMA || type() == closer) {
                        throw errorAtToken("SyntaxError", "expected default value expression", eq);
                    }
                    def = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    args.add(a);
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        if (type() != COMMA && type() != closer) {
                            throw fail();
                        }
                        throw errorAtNode("parameter without a default follows parameter with a default", a);
                    }
                }
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** "Function parameters cannot be parenthesized" for {@code (a, b)} in a def, else a plain failure. */
    private RuntimeException parenthesizedParameters() {
        int saveMax = maxPos;
        try {
            return parenthesizedParametersAt();
        } finally {
            restoreFurthest(saveMax);
        }
    }

    private RuntimeException parenthesizedParametersAt() {
        int i = pos + 1;
        boolean any = false;
        while (atNameAt(i)) {
            any = true;
            i++;
            if (typeAt(i) != COMMA) {
                break;
            }
            i++;
        }
        if (any && typeAt(i) == RPAR) {
            Token a = toks[pos];
            Token b = toks[i];
            return error("SyntaxError", "Function parameters cannot be parenthesized", a.lineno(), a.colOffset(),
                    b.endLineno(), b.endColOffset());
        }
        return fail();
    }

    /**
     * CPython 3.12's type_param rule for {@code *Ts: x} / {@code **P: x}: "cannot use bound with
     * TypeVarTuple" (or "constraints" for a tuple), from the ':' to the end of the expression.
     */
    private void boundNotAllowed(String kind) {
        if (type() != COLON) {
            return;
        }
        int colon = pos++;
        Expr e = expression();
        throw error("SyntaxError", "cannot use " + (e instanceof dev.molt.frontend.ast.Tuple ? "constraints" : "bound")
                + " with " + kind, ln(colon), co(colon), eln(), eco());
    }

    /** {@code param}: NAME with an optional annotation (a starred one after '*' in a def). */
    private Arg param(boolean lambda, boolean starAnnotation) {
        int s = pos;
        String name = name();
        Expr annotation = null;
        if (!lambda && accept(COLON)) {
            if (starAnnotation && type() == STAR) {
                int ss = pos++;
                Expr v = bitwiseOr();
                annotation = new Starred(v, ExprContext.Load, ln(ss), co(ss), eln(), eco());
            } else {
                annotation = expression();
            }
        }
        return new Arg(name, annotation, null, ln(s), co(s), eln(), eco());
    }

    /** {@code type_params}: '[' type_param (',' type_param)* [','] ']'; the cursor is at '['. */
    final List<TypeParam> typeParams() {
        expect(LSQB);
        List<TypeParam> out = new ArrayList<>();
        if (type() == RSQB) {
            // 3.12 has no invalid_type_params rule yet (3.13 says "Type parameter list cannot be empty").
            throw fail();
        }
        while (type() != RSQB) {
            int s = pos;
            if (accept(STAR)) {
                String name = name();
                boundNotAllowed("TypeVarTuple");
                out.add(new TypeVarTuple(name, ln(s), co(s), eln(), eco()));
            } else if (accept(DOUBLESTAR)) {
                String name = name();
                boundNotAllowed("ParamSpec");
                out.add(new ParamSpec(name, ln(s), co(s), eln(), eco()));
            } else {
                String name = name();
                Expr bound = accept(COLON) ? expression() : null;
                out.add(new TypeVar(name, bound, ln(s), co(s), eln(), eco()));
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RSQB);
        return out;
    }
}
