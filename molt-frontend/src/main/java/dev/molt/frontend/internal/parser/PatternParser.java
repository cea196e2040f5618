package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.ast.Attribute;
import dev.molt.frontend.ast.BinOp;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.MatchAs;
import dev.molt.frontend.ast.MatchClass;
import dev.molt.frontend.ast.MatchMapping;
import dev.molt.frontend.ast.MatchOr;
import dev.molt.frontend.ast.MatchSequence;
import dev.molt.frontend.ast.MatchSingleton;
import dev.molt.frontend.ast.MatchStar;
import dev.molt.frontend.ast.MatchValue;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Pattern;
import dev.molt.frontend.ast.UnaryOp;
import dev.molt.frontend.ast.UnaryOperator;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Patterns of the {@code match} statement (PEP 634; CPython 3.12 Grammar/python.gram section
 * "Match statement": {@code patterns} down to {@code class_pattern}).
 */
abstract class PatternParser extends ParameterParser {
    PatternParser(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        super(text, tokens, tokenizerError, deferred);
    }

    /** {@code patterns}: an open sequence pattern or a single pattern. */
    final Pattern patterns() {
        int s = pos;
        Pattern p = maybeStarPattern();
        if (type() != COMMA) {
            if (p instanceof MatchStar) {
                return new MatchSequence(List.of(p), ln(s), co(s), eln(), eco());
            }
            return p;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(p);
        while (accept(COMMA)) {
            if (type() == COLON || kw() == "if") {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new MatchSequence(items, ln(s), co(s), eln(), eco());
    }

    private Pattern maybeStarPattern() {
        if (type() == STAR) {
            int s = pos++;
            String name = captureOrWildcard();
            return new MatchStar(name, ln(s), co(s), eln(), eco());
        }
        return pattern();
    }

    /** '_' (null) or a capture name. */
    private String captureOrWildcard() {
        if (kw() == "_") {
            pos++;
            return null;
        }
        return name();
    }

    /** {@code pattern}: {@code as_pattern | or_pattern}. */
    final Pattern pattern() {
        int s = pos;
        Pattern p = orPattern();
        if (kw() == "as") {
            pos++;
            if (kw() == "_") {
                throw errorAtToken("SyntaxError", "cannot use '_' as a target", toks[pos]);
            }
            if (!atName()) {
                throw errorAtToken("SyntaxError", "invalid pattern target", toks[pos]);
            }
            String name = name();
            return new MatchAs(p, name, ln(s), co(s), eln(), eco());
        }
        return p;
    }

    private Pattern orPattern() {
        int s = pos;
        Pattern p = closedPattern();
        if (type() != VBAR) {
            return p;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(p);
        while (accept(VBAR)) {
            alts.add(closedPattern());
        }
        return new MatchOr(alts, ln(s), co(s), eln(), eco());
    }

    private Pattern closedPattern() {
        int s = pos;
        switch (type()) {
            case NUMBER: case MINUS: case STRING: case FSTRING_START: {
                Expr v = literalExpr();
                return new MatchValue(v, ln(s), co(s), eln(), eco());
            }
            case LPAR: {
                pos++;
                if (accept(RPAR)) {
                    return new MatchSequence(List.of(), ln(s), co(s), eln(), eco());
                }
                Pattern first = maybeStarPattern();
                if (accept(RPAR)) {
                    if (first instanceof MatchStar) {
                        return new MatchSequence(List.of(first), ln(s), co(s), eln(), eco());
                    }
                    return first;
                }
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                expect(COMMA);
                while (type() != RPAR) {
                    items.add(maybeStarPattern());
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RPAR);
                return new MatchSequence(items, ln(s), co(s), eln(), eco());
            }
            case LSQB: {
                pos++;
                List<Pattern> items = new ArrayList<>();
                while (type() != RSQB) {
                    items.add(maybeStarPattern());
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RSQB);
                return new MatchSequence(items, ln(s), co(s), eln(), eco());
            }
            case LBRACE:
                return mappingPattern();
            case NAME: {
                String k = kw();
                if (k == "None" || k == "True" || k == "False") {
                    pos++;
                    ConstantValue v = k == "None" ? ConstantValue.NoneValue.NONE : new ConstantValue.Bool(k == "True");
                    return new MatchSingleton(v, ln(s), co(s), eln(), eco());
                }
                if (k == "_" && typeAt(pos + 1) != DOT && typeAt(pos + 1) != LPAR) {
                    pos++;
                    return new MatchAs(null, null, ln(s), co(s), eln(), eco());
                }
                if (!atName()) {
                    throw fail();
                }
                if (typeAt(pos + 1) != DOT && typeAt(pos + 1) != LPAR) {
                    if (typeAt(pos + 1) == EQUAL) {
                        throw fail();
                    }
                    String name = name();
                    return new MatchAs(null, name, ln(s), co(s), eln(), eco());
                }
                Expr cls = nameOrAttr();
                if (type() == LPAR) {
                    return classPattern(cls, s);
                }
                return new MatchValue(cls, ln(s), co(s), eln(), eco());
            }
            default:
                throw fail();
        }
    }

    /** {@code name_or_attr}: a dotted name as Name/Attribute with Load context. */
    private Expr nameOrAttr() {
        int s = pos;
        Token t = toks[pos];
        String id = name();
        Expr e = new Name(id, ExprContext.Load, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        while (accept(DOT)) {
            String attr = name();
            e = new Attribute(e, attr, ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        return e;
    }

    /** Literal expressions of patterns: signed numbers, complex numbers, strings. */
    private Expr literalExpr() {
        int s = pos;
        if (type() == STRING || type() == FSTRING_START) {
            if (type() == FSTRING_START) {
                throw errorAtNode("patterns may only match literals and attribute lookups", strings());
            }
            return strings();
        }
        Expr real = signedNumber();
        if (type() == PLUS || type() == MINUS) {
            Operator op = type() == PLUS ? Operator.Add : Operator.Sub;
            pos++;
            Token t = toks[pos];
            if (t.type() != NUMBER) {
                throw fail();
            }
            pos++;
            Expr imag = new Constant(Literals.number(t.string()), null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            if (!(((Constant) imag).value() instanceof ConstantValue.Complex)) {
                throw errorAtNode("imaginary number required in complex literal", imag);
            }
            if (real instanceof Constant c && c.value() instanceof ConstantValue.Complex
                    || real instanceof UnaryOp u && ((Constant) u.operand()).value() instanceof ConstantValue.Complex) {
                throw errorAtNode("real number required in complex literal", real);
            }
            return new BinOp(real, op, imag, ln(s), co(s), eln(), eco());
        }
        return real;
    }

    private Expr signedNumber() {
        int s = pos;
        boolean neg = accept(MINUS);
        Token t = toks[pos];
        if (type() != NUMBER) {
            throw fail();
        }
        pos++;
        Expr c = new Constant(Literals.number(t.string()), null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        return neg ? new UnaryOp(UnaryOperator.USub, c, ln(s), co(s), eln(), eco()) : c;
    }

    private Pattern mappingPattern() {
        int s = pos++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (type() != RBRACE) {
            if (accept(DOUBLESTAR)) {
                rest = name();
                accept(COMMA);
                break;
            }
            Expr key;
            if (type() == NAME && (kw() == "None" || kw() == "True" || kw() == "False")) {
                Token t = toks[pos++];
                ConstantValue v = kws[pos - 1] == "None" ? ConstantValue.NoneValue.NONE : new ConstantValue.Bool(kws[pos - 1] == "True");
                key = new Constant(v, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            } else if (type() == NAME) {
                key = nameOrAttr();
                if (key instanceof Name) {
                    throw fail();
                }
            } else {
                key = literalExpr();
            }
            expect(COLON);
            keys.add(key);
            patterns.add(pattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new MatchMapping(keys, patterns, rest, ln(s), co(s), eln(), eco());
    }

    private Pattern classPattern(Expr cls, int s) {
        expect(LPAR);
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (type() != RPAR) {
            if (atName() && typeAt(pos + 1) == EQUAL) {
                kwdAttrs.add(name());
                pos++;
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAtNode("positional patterns follow keyword patterns", p);
                }
                patterns.add(p);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, ln(s), co(s), eln(), eco());
    }
}
