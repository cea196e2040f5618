package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.Token;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Dict;
import dev.molt.frontend.ast.DictComp;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.FormattedValue;
import dev.molt.frontend.ast.GeneratorExp;
import dev.molt.frontend.ast.JoinedStr;
import dev.molt.frontend.ast.ListComp;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.Set;
import dev.molt.frontend.ast.SetComp;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.internal.lexer.FStringDebugText;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Atoms: names, constants, strings and f-strings, parenthesized forms, and list, set and dict
 * displays and comprehensions (CPython 3.12 Grammar/python.gram {@code atom}, {@code group},
 * {@code tuple}, {@code genexp}, {@code list}, {@code listcomp}, {@code dict}, {@code set},
 * {@code strings}, {@code fstring}).
 */
abstract class AtomParser extends PrimaryParser {
    AtomParser(SourceText text, List<Token> tokens, PySyntaxError tokenizerError, boolean deferred) {
        super(text, tokens, tokenizerError, deferred);
    }

    @Override
    final Expr atom() {
        int s = pos;
        Token t = toks[pos];
        switch (type()) {
            case NAME: {
                String k = kws[pos];
                if (k == null || Keywords.isSoft(k)) {
                    pos++;
                    return new Name(identifier(t.string()), ExprContext.Load, t.lineno(), t.colOffset(),
                            t.endLineno(), t.endColOffset());
                }
                ConstantValue v;
                if (k == "None") {
                    v = ConstantValue.NoneValue.NONE;
                } else if (k == "True") {
                    v = new ConstantValue.Bool(true);
                } else if (k == "False") {
                    v = new ConstantValue.Bool(false);
                } else {
                    throw fail();
                }
                pos++;
                return new Constant(v, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case NUMBER:
                pos++;
                return new Constant(Literals.number(t.string()), null, t.lineno(), t.colOffset(),
                        t.endLineno(), t.endColOffset());
            case STRING:
            case FSTRING_START:
                return strings();
            case LPAR:
                return parenthesized();
            case LSQB:
                return listDisplay();
            case LBRACE:
                return braceDisplay();
            case ELLIPSIS:
                pos++;
                return new Constant(ConstantValue.EllipsisValue.ELLIPSIS, null, t.lineno(), t.colOffset(),
                        t.endLineno(), t.endColOffset());
            default:
                throw fail();
        }
    }

    private boolean atFor() {
        String k = kw();
        return k == "for" || k == "async" && kwAt(pos + 1) == "for";
    }

    /** {@code tuple | group | genexp}; the cursor is at '('. */
    private Expr parenthesized() {
        int s = pos++;
        if (accept(RPAR)) {
            return new Tuple(List.of(), ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        if (kw() == "yield") {
            Expr y = yieldExpr();
            expect(RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (type() == RPAR) {
            pos++;
            if (first instanceof Starred) {
                throw errorAtNode("cannot use starred expression here", first);
            }
            return first;
        }
        if (atFor()) {
            if (first instanceof Starred) {
                throw errorAtNode("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            expect(RPAR);
            return new GeneratorExp(first, gens, ln(s), co(s), eln(), eco());
        }
        if (type() != COMMA) {
            throw fail();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elementsAfterComma(elts, RPAR);
        expect(RPAR);
        return new Tuple(elts, ExprContext.Load, ln(s), co(s), eln(), eco());
    }

    /** After the first element and at a ',', the rest of {@code star_named_expressions}. */
    private void elementsAfterComma(List<Expr> elts, dev.molt.frontend.TokenType closer) {
        while (type() == COMMA) {
            Token comma = toks[pos++];
            if (type() == closer) {
                return;
            }
            if (closer != RPAR && (kw() == "for" || kw() == "async" && kwAt(pos + 1) == "for")) {
                // invalid_comprehension: ('[' | '{') a=star_named_expression ',' [b] for_if_clauses
                Expr first = elts.get(0);
                if (elts.size() == 1) {
                    throw error("SyntaxError", "did you forget parentheses around the comprehension target?",
                            first.lineno(), first.colOffset(), comma.endLineno(), comma.endColOffset());
                }
                throw errorRange("did you forget parentheses around the comprehension target?", first,
                        elts.get(elts.size() - 1));
            }
            elts.add(starNamedExpression());
            if (type() != COMMA && type() != closer) {
                if (closer != RPAR && (kw() == "for" || kw() == "async" && kwAt(pos + 1) == "for")) {
                    throw errorRange("did you forget parentheses around the comprehension target?", elts.get(0),
                            elts.get(elts.size() - 1));
                }
                throw fail();
            }
        }
    }


    /** {@code list | listcomp}; the cursor is at '['. */
    private Expr listDisplay() {
        int s = pos++;
        if (accept(RSQB)) {
            return new dev.molt.frontend.ast.List(List.of(), ExprContext.Load, ln(s), co(s), eln(), eco());
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            if (first instanceof Starred) {
                throw errorAtNode("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            expect(RSQB);
            return new ListComp(first, gens, ln(s), co(s), eln(), eco());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (type() != COMMA && type() != RSQB) {
            throw fail();
        }
        elementsAfterComma(elts, RSQB);
        expect(RSQB);
        return new dev.molt.frontend.ast.List(elts, ExprContext.Load, ln(s), co(s), eln(), eco());
    }

    /** {@code dict | set | dictcomp | setcomp}; the cursor is at '{'. */
    private Expr braceDisplay() {
        int s = pos++;
        if (accept(RBRACE)) {
            return new Dict(List.of(), List.of(), ln(s), co(s), eln(), eco());
        }
        if (type() == DOUBLESTAR) {
            int star = pos++;
            bitwiseOr();
            boolean comprehension = atFor();
            pos = star;
            if (comprehension) {
                // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
                throw errorAtToken("SyntaxError", "dict unpacking cannot be used in dict comprehension", toks[star]);
            }
            return dictRest(s, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (type() == COLON && !(first instanceof Starred)) {
            pos++;
            if (type() == RBRACE || type() == COMMA) {
                throw errorAtToken("SyntaxError", "expression expected after dictionary key and ':'", toks[pos - 1]);
            }
            Expr value = expression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                expect(RBRACE);
                return new DictComp(first, value, gens, ln(s), co(s), eln(), eco());
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (type() != COMMA && type() != RBRACE) {
                throw fail();
            }
            return dictRest(s, keys, values);
        }
        if (atFor()) {
            if (first instanceof Starred) {
                throw errorAtNode("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> gens = forIfClauses();
            expect(RBRACE);
            return new SetComp(first, gens, ln(s), co(s), eln(), eco());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (type() != COMMA && type() != RBRACE) {
            throw fail();
        }
        elementsAfterComma(elts, RBRACE);
        expect(RBRACE);
        return new Set(elts, ln(s), co(s), eln(), eco());
    }

    /** The rest of a dict display: {@code double_starred_kvpairs} then '}'. */
    private Expr dictRest(int s, List<Expr> keys, List<Expr> values) {
        boolean first = keys.isEmpty();
        while (first || accept(COMMA)) {
            first = false;
            if (type() == RBRACE) {
                break;
            }
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expect(COLON);
                    values.add(expression());
                if (type() != COMMA && type() != RBRACE) {
                    throw fail();
                }
            }
        }
        expect(RBRACE);
        return new Dict(keys, values, ln(s), co(s), eln(), eco());
    }

    // ---- strings ---------------------------------------------------------------------------------

    /**
     * {@code strings}: one or more adjacent STRING and f-string literals, concatenated (see
     * {@link Literals#concatenate}); a lone STRING is decoded directly.
     */
    final Expr strings() {
        int s = pos;
        if (types[pos] == STRING && typeAt(pos + 1) != STRING && typeAt(pos + 1) != FSTRING_START) {
            return Literals.stringConstant(this, toks[pos++]);
        }
        List<Expr> parts = new ArrayList<>();
        for (;;) {
            if (type() == STRING) {
                parts.add(Literals.stringConstant(this, toks[pos++]));
            } else if (type() == FSTRING_START) {
                parts.add(fstring());
            } else {
                break;
            }
        }
        return Literals.concatenate(this, parts, ln(s), co(s), eln(), eco());
    }

    /**
     * {@code fstring}: FSTRING_START, middles and replacement fields, FSTRING_END, built as CPython
     * 3.12's {@code _PyPegen_joined_str}: a self-documenting field's (text, value) pair is spliced
     * in, literal parts are escape-decoded (not in a raw f-string) and empty ones dropped; the
     * JoinedStr spans FSTRING_START to FSTRING_END.
     */
    private Expr fstring() {
        Token start = toks[pos++];
        boolean raw = start.string().indexOf('r') >= 0 || start.string().indexOf('R') >= 0;
        List<Expr> items = new ArrayList<>();
        for (;;) {
            if (type() == FSTRING_MIDDLE) {
                Token t = toks[pos++];
                items.add(new Constant(new ConstantValue.Str(t.string()), null, t.lineno(), t.colOffset(),
                        t.endLineno(), t.endColOffset()));
            } else if (type() == LBRACE) {
                Expr f = replacementField();
                if (f instanceof JoinedStr j) {
                    items.addAll(j.values());
                } else {
                    items.add(f);
                }
            } else {
                break;
            }
        }
        Token end = expect(FSTRING_END);
        List<Expr> values = new ArrayList<>(items.size());
        for (Expr e : items) {
            if (e instanceof Constant c && c.value() instanceof ConstantValue.Str str) {
                String text = str.value();
                if (text.equals("{{") || text.equals("}}")) {
                    text = text.substring(1);
                }
                ConstantValue.Str decoded = raw || text.indexOf('\\') < 0 ? ConstantValue.Str.of(text)
                        : Literals.decodeStr(this, text, end);
                if (decoded.value().isEmpty()) {
                    continue;
                }
                values.add(new Constant(decoded, null, c.lineno(), c.colOffset(),
                        c.endLineno(), c.endColOffset()));
            } else {
                values.add(e);
            }
        }
        return new JoinedStr(values, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
    }

    /**
     * {@code fstring_replacement_field}; the cursor is at '{'. Builds the FormattedValue as
     * {@code _PyPegen_formatted_value} (conversion 'r' for a bare {@code =}; the debug text from
     * {@link FStringDebugText}) and the format spec as {@code _PyPegen_setup_full_format_spec}
     * (a JoinedStr from the ':' to the spec's last token), with the invalid_replacement_field
     * messages of CPython 3.12.
     */
    private Expr replacementField() {
        int s = pos++;
        if (type() == RBRACE || type() == EQUAL || type() == EXCLAMATION || type() == COLON) {
            throw errorAtToken("SyntaxError", "f-string: valid expression required before '"
                    + toks[pos].string() + "'", toks[pos]);
        }
        // invalid_replacement_field (CPython 3.12)
        if (kw() == "lambda") {
            int colon = pos;
            while (colon < n - 1 && !(types[colon] == COLON && level[colon] == level[s])) {
                colon++;
            }
            throw error("SyntaxError", "f-string: lambda expressions are not allowed without parentheses",
                    ln(pos), co(pos), toks[colon].endLineno(), toks[colon].endColOffset());
        }
        if (!startsExpression() && kw() != "yield") {
            throw errorAtToken("SyntaxError", "f-string: expecting a valid expression after '{'", toks[pos]);
        }
        Expr value;
        try {
            value = annotatedRhs();
        } catch (Backtrack b) {
            // '{' !annotated_rhs
            throw errorAtToken("SyntaxError", "f-string: expecting a valid expression after '{'", toks[s + 1]);
        }
        if (type() != EQUAL && type() != EXCLAMATION && type() != COLON && type() != RBRACE) {
            throw errorAtToken("SyntaxError", "f-string: expecting '=', or '!', or ':', or '}'", toks[pos]);
        }
        int eq = -1;
        if (type() == EQUAL) {
            eq = pos++;
        }
        int conversion = -1;
        Token convName = null;
        if (type() == EXCLAMATION) {
            pos++;
            if (type() != NAME) {
                throw errorAtToken("SyntaxError", "f-string: missing conversion character", toks[pos]);
            }
            convName = toks[pos++];
            String c = convName.string();
            if (!(c.equals("s") || c.equals("r") || c.equals("a"))) {
                throw errorAtToken("SyntaxError", "f-string: invalid conversion character '" + c
                        + "': expected 's', 'r', or 'a'", convName);
            }
            conversion = c.charAt(0);
            if (type() != COLON && type() != RBRACE) {
                throw errorAtToken("SyntaxError", "f-string: expecting ':' or '}'", toks[pos]);
            }
        }
        Expr spec = null;
        if (type() == COLON) {
            int cs = pos++;
            List<Expr> items = new ArrayList<>();
            for (;;) {
                if (type() == FSTRING_MIDDLE) {
                    Token t = toks[pos++];
                    ConstantValue.Str text = t.string().indexOf('\\') < 0 ? ConstantValue.Str.of(t.string())
                            : Literals.decodeStr(this, t.string(), t);
                    if (!text.value().isEmpty()) {
                        items.add(new Constant(text, null, t.lineno(), t.colOffset(),
                                t.endLineno(), t.endColOffset()));
                    }
                } else if (type() == LBRACE) {
                    items.add(replacementField());
                } else {
                    break;
                }
            }
            if (items.isEmpty() || items.size() == 1 && items.get(0) instanceof Constant) {
                spec = new JoinedStr(items, ln(cs), co(cs), eln(), eco());
            } else {
                spec = Literals.concatenate(this, items, ln(cs), co(cs), eln(), eco());
            }
        }
        if (type() != RBRACE) {
            throw errorAtToken("SyntaxError", spec != null ? "f-string: expecting '}', or format specs"
                    : "f-string: expecting '}'", toks[pos]);
        }
        Token rbrace = toks[pos++];
        if (eq >= 0 && convName == null && spec == null) {
            conversion = 'r';
        }
        FormattedValue fv = new FormattedValue(value, conversion, spec, ln(s), co(s), eln(), eco());
        if (eq < 0) {
            return fv;
        }
        int endLine;
        int endCol;
        if (convName != null) {
            endLine = convName.lineno();
            endCol = convName.colOffset();
        } else if (spec != null) {
            endLine = spec.lineno();
            endCol = spec.colOffset() + 1;
        } else {
            endLine = rbrace.endLineno();
            endCol = rbrace.endColOffset();
        }
        String text = FStringDebugText.of(text(), toks[s], toks[debugTerminator(s)]);
        Constant debug = new Constant(new ConstantValue.Str(text), null, ln(s), co(s) + 1, endLine, endCol - 1);
        return new JoinedStr(List.of(debug, fv), ln(s), co(s), endLine, endCol);
    }


    /**
     * The first token after the field's '{' at {@code s} that is at the field's top bracket level
     * and starts with '!', ':' or '}' (CPython's tokenizer ends the debug text there).
     */
    private int debugTerminator(int s) {
        int depth = 0;
        for (int i = s + 1; i < n; i++) {
            switch (types[i]) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB -> depth--;
                case RBRACE -> {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                }
                case EXCLAMATION, NOTEQUAL, COLON, COLONEQUAL -> {
                    if (depth == 0) {
                        return i;
                    }
                }
                default -> { }
            }
        }
        return n - 1;
    }
}
