package dev.molt.frontend.internal.parser;

import static dev.molt.frontend.TokenType.*;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.AsyncFor;
import dev.molt.frontend.ast.AsyncFunctionDef;
import dev.molt.frontend.ast.AsyncWith;
import dev.molt.frontend.ast.Call;
import dev.molt.frontend.ast.ClassDef;
import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.For;
import dev.molt.frontend.ast.FunctionDef;
import dev.molt.frontend.ast.If;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Match;
import dev.molt.frontend.ast.MatchCase;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Pattern;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Try;
import dev.molt.frontend.ast.TryStar;
import dev.molt.frontend.ast.Tuple;
import dev.molt.frontend.ast.TypeParam;
import dev.molt.frontend.ast.While;
import dev.molt.frontend.ast.With;
import dev.molt.frontend.ast.WithItem;
import dev.molt.frontend.internal.lexer.Lexer;
import dev.molt.frontend.internal.lexer.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-file entry point and compound statements (CPython 3.12 Grammar/python.gram
 * {@code file}, {@code statements}, {@code compound_stmt}, {@code block}): function and class
 * definitions with decorators, if/elif/else, for, while, with (including parenthesized items),
 * try/except/except-star/finally, match/case and their async forms.
 */
public final class StatementParser extends SimpleStatementParser {
    private StatementParser(SourceText text, Lexer.Result tokens) {
        super(text, tokens.tokens(), tokens.error(), tokens.deferred());
    }

    /**
     * A parser over the tokens of one file (decoded and tokenized here; a tokenizer error is
     * raised when the parser reaches it, as CPython's parser pulls tokens lazily).
     *
     * @param source the file
     * @return the parser, positioned at the first token
     * @throws PySyntaxError if the file cannot be decoded
     */
    public static StatementParser of(SourceFile source) {
        SourceText text = SourceText.decode(source);
        return new StatementParser(text, Lexer.tokenizeUntilError(text, false));
    }

    /**
     * {@code file: [statements] ENDMARKER}.
     *
     * @return the module
     * @throws PySyntaxError if the tokens are not a valid Python 3.12 module
     */
    public Module parseModule() {
        try {
            List<Stmt> body = new ArrayList<>();
            while (type() != ENDMARKER) {
                statement(body);
            }
            return new Module(body, List.of());
        } catch (Backtrack b) {
            throw invalidSyntax();
        } catch (PySyntaxError e) {
            throw tokenizerErrorFirst(e);
        } catch (StackOverflowError e) {
            throw tooComplex();
        } catch (RuntimeException e) {
            throw internalError(e);
        }
    }

    /**
     * A defect of this parser met on some input: still a SyntaxError (the facade promises no other
     * exception), with a message that says so and names the cause, at the furthest token reached.
     */
    private PySyntaxError internalError(RuntimeException e) {
        int i = Math.min(furthestFetched(), n - 1);
        return error("SyntaxError", "internal parser error (please report): " + e, ln(i), co(i), ln(i), co(i));
    }

    /**
     * Nesting deeper than the Java stack allows. CPython 3.12 raises MemoryError("Parser stack
     * overflowed - Python source too complex to parse") past its own limit (Parser/parser.c
     * MAXSTACK); ours is a SyntaxError with that message at the token reached.
     */
    private PySyntaxError tooComplex() {
        int i = Math.min(pos, n - 1);
        return error("SyntaxError", "Parser stack overflowed - Python source too complex to parse", ln(i), co(i),
                ln(i), co(i));
    }

    /**
     * {@code eval} input: {@code expressions NEWLINE* ENDMARKER}.
     *
     * @return the expression
     * @throws PySyntaxError if the tokens are not one valid expression list
     */
    public Expr parseExpression() {
        try {
            Expr e = expressions();
            while (accept(NEWLINE)) {
                // trailing newlines
            }
            if (type() != ENDMARKER) {
                throw fail();
            }
            return e;
        } catch (Backtrack b) {
            throw invalidSyntax();
        } catch (PySyntaxError e) {
            throw tokenizerErrorFirst(e);
        } catch (StackOverflowError e) {
            throw tooComplex();
        } catch (RuntimeException e) {
            throw internalError(e);
        }
    }

    /** A specialised parser error, unless the parser had already reached the tokenizer's error. */
    private PySyntaxError tokenizerErrorFirst(PySyntaxError e) {
        if (tokenizerError == null || e == tokenizerError) {
            return e;
        }
        if (furthestFetched() >= n - 1) {
            return tokenizerError;
        }
        if (e.msg().equals("unexpected indent") || e.msg().equals("unexpected unindent")) {
            return e;
        }
        // CPython 3.12 Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors:
        // a tokenizer exception later in the file wins; so does an unclosed bracket opened on an
        // earlier line than the error.
        if (!tokenizerErrorDeferred) {
            return tokenizerError;
        }
        int last = Math.min(furthestFetched(), n - 1);
        if (tokenizerError.msg().endsWith("was never closed") && toks[last].lineno() > tokenizerError.lineno()) {
            return tokenizerError;
        }
        return e;
    }

    private void statement(List<Stmt> out) {
        String k = kw();
        if (k != null) {
            switch (k) {
                case "def": out.add(funcDef(pos, List.of())); return;
                case "class": out.add(classDef(pos, List.of())); return;
                case "if": out.add(ifStmt()); return;
                case "while": out.add(whileStmt()); return;
                case "for": out.add(forStmt(pos, false)); return;
                case "with": out.add(withStmt(pos, false)); return;
                case "try": out.add(tryStmt()); return;
                case "async": {
                    String next = kwAt(pos + 1);
                    if (next == "def") {
                        out.add(funcDef(pos, List.of()));
                        return;
                    }
                    if (next == "for") {
                        out.add(forStmt(pos, true));
                        return;
                    }
                    if (next == "with") {
                        out.add(withStmt(pos, true));
                        return;
                    }
                    break;
                }
                case "match": {
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    if (matchMissingColon >= 0) {
                        int at = matchMissingColon;
                        matchMissingColon = -1;
                        try {
                            simpleStmts(out);
                        } catch (Backtrack b) {
                            throw errorAtToken("SyntaxError", "expected ':'", toks[at]);
                        }
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        } else if (type() == AT) {
            out.add(decorated());
            return;
        } else if (type() == INDENT) {
            throw unexpectedIndent(pos);
        }
        simpleStmts(out);
    }

    /**
     * {@code block}: ':' then NEWLINE INDENT statements DEDENT, or simple statements on the same
     * line. {@code what} names the statement for "expected an indented block after ...".
     */
    private List<Stmt> block(String what, int start) {
        return block(what, start, false);
    }

    /**
     * {@code block} after a header. A missing ':' is "expected ':'" at the current token when
     * {@code forced} (CPython's {@code &&':'}) or when the header line ends there (the
     * {@code invalid_*_stmt} rules); otherwise a generic syntax error.
     */
    private List<Stmt> block(String what, int start, boolean forced) {
        if (type() != COLON) {
            if (forced || type() == NEWLINE) {
                throw errorAtToken("SyntaxError", "expected ':'", toks[pos]);
            }
            throw fail();
        }
        pos++;
        return body(what, start);
    }

    private List<Stmt> body(String what, int start) {
        if (type() == NEWLINE) {
            pos++;
            if (type() != INDENT) {
                throw expectedIndentedBlock(what, start);
            }
            pos++;
            List<Stmt> stmts = new ArrayList<>();
            while (type() != DEDENT && type() != ENDMARKER) {
                statement(stmts);
            }
            accept(DEDENT);
            return stmts;
        }
        List<Stmt> stmts = new ArrayList<>(1);
        simpleStmts(stmts);
        return stmts;
    }

    /**
     * CPython's {@code invalid_block}-style IndentationError, located at the NEWLINE token that
     * ends the header line (the cursor is just after it).
     */
    private PySyntaxError expectedIndentedBlock(String what, int start) {
        return errorAtTokenIndex("IndentationError", "expected an indented block after " + what + " on line "
                + ln(start), pos);
    }


    // ---- definitions --------------------------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        String k = kw();
        if (k == "def" || k == "async" && kwAt(pos + 1) == "def") {
            return funcDef(pos, decorators);
        }
        if (k == "class") {
            return classDef(pos, decorators);
        }
        throw fail();
    }

    private Stmt funcDef(int s, List<Expr> decorators) {
        boolean async = acceptKw("async");
        expectKw("def");
        String name = name();
        List<TypeParam> typeParams = List.of();
        if (type() == LSQB) {
            int lsqb = pos;
            try {
                typeParams = typeParams();
            } catch (Backtrack b) {
                // [type_params] is optional: without it, &&'(' is forced at the '['
                throw errorAtToken("SyntaxError", "expected '('", toks[lsqb]);
            }
        }
        if (type() != LPAR) {
            throw errorAtToken("SyntaxError", "expected '('", toks[pos]);
        }
        pos++;
        Arguments args = type() == RPAR ? NO_ARGUMENTS : parameters(false, RPAR);
        expect(RPAR);
        Expr returns = null;
        if (type() == RARROW) {
            int arrow = pos++;
            try {
                returns = expression();
            } catch (Backtrack b) {
                throw errorAtToken("SyntaxError", "expected ':'", toks[arrow]);
            }
        }
        List<Stmt> body = block("function definition", s, true);
        if (async) {
            return new AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, ln(s), co(s), eln(), eco());
        }
        return new FunctionDef(name, args, body, decorators, returns, null, typeParams, ln(s), co(s), eln(), eco());
    }

    private Stmt classDef(int s, List<Expr> decorators) {
        pos++;
        String name = name();
        List<TypeParam> typeParams = type() == LSQB ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (type() == LPAR) {
            Call c = call(null, pos);
            bases = c.args();
            keywords = c.keywords();
        }
        List<Stmt> body = block("class definition", s);
        return new ClassDef(name, bases, keywords, body, decorators, typeParams, ln(s), co(s), eln(), eco());
    }

    // ---- if, while, for, with -----------------------------------------------------------------------

    private Stmt ifStmt() {
        int s = pos;
        String what = kw() == "if" ? "'if' statement" : "'elif' statement";
        pos++;
        Expr test = namedExpression();
        List<Stmt> body = block(what, s);
        List<Stmt> orelse = List.of();
        if (kw() == "elif") {
            orelse = List.of(ifStmt());
        } else if (kw() == "else") {
            orelse = elseBlock();
        }
        return new If(test, body, orelse, ln(s), co(s), eln(), eco());
    }


    private List<Stmt> elseBlock() {
        int es = pos++;
        return block("'else' statement", es, true);
    }

    private Stmt whileStmt() {
        int s = pos++;
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", s);
        List<Stmt> orelse = kw() == "else" ? elseBlock() : List.of();
        return new While(test, body, orelse, ln(s), co(s), eln(), eco());
    }

    private Stmt forStmt(int s, boolean async) {
        if (async) {
            pos++;
        }
        pos++;
        Expr target = starTargets(ExprContext.Store);
        expectKw("in");
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", s);
        List<Stmt> orelse = kw() == "else" ? elseBlock() : List.of();
        if (async) {
            return new AsyncFor(target, iter, body, orelse, null, ln(s), co(s), eln(), eco());
        }
        return new For(target, iter, body, orelse, null, ln(s), co(s), eln(), eco());
    }

    private Stmt withStmt(int s, boolean async) {
        if (async) {
            pos++;
        }
        pos++;
        List<WithItem> items = null;
        if (type() == LPAR) {
            int save = pos;
            try {
                pos++;
                items = new ArrayList<>();
                do {
                    if (type() == RPAR && !items.isEmpty()) {
                        break;
                    }
                    items.add(withItem(true));
                } while (accept(COMMA));
                expect(RPAR);
                if (type() != COLON) {
                    throw fail();
                }
            } catch (Backtrack | PySyntaxError b) {
                pos = save;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem(false));
            } while (accept(COMMA));
        }
        List<Stmt> body = block("'with' statement", s);
        if (async) {
            return new AsyncWith(items, body, null, ln(s), co(s), eln(), eco());
        }
        return new With(items, body, null, ln(s), co(s), eln(), eco());
    }

    private WithItem withItem(boolean parenthesized) {
        Expr ctx = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            vars = starTarget(ExprContext.Store);
            if (type() != COMMA && type() != COLON && type() != NEWLINE && !(parenthesized && type() == RPAR)) {
                throw fail();
            }
        }
        return new WithItem(ctx, vars);
    }

    // ---- try ------------------------------------------------------------------------------------------

    private Stmt tryStmt() {
        int s = pos++;
        List<Stmt> body = block("'try' statement", s, true);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        while (kw() == "except") {
            int hs = pos++;
            boolean isStar = accept(STAR);
            if (isStar) {
                star = true;
            } else {
                plain = true;
            }
            if (star && plain) {
                throw error("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'",
                        ln(hs), co(hs), ln(hs), co(hs) + 6);
            }
            Expr type = null;
            String name = null;
            if (type() != COLON) {
                int ts = pos;
                type = expression();
                if (type() == COMMA) {
                    pos++;
                    expressions();
                    throw error("SyntaxError", "multiple exception types must be parenthesized", ln(ts), co(ts), eln(), eco());
                }
                if (acceptKw("as")) {
                    name = name();
                }
            } else if (isStar) {
                throw errorAtToken("SyntaxError", "expected one or more exception types", toks[pos]);
            }
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", hs);
            handlers.add(new ExceptHandler(type, name, hbody, ln(hs), co(hs), eln(), eco()));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && kw() == "else") {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (kw() == "finally") {
            int fs = pos++;
            finalbody = block("'finally' statement", fs, true);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtTokenIndex("SyntaxError", "expected 'except' or 'finally' block", pos);
        }
        if (star) {
            return new TryStar(body, handlers, orelse, finalbody, ln(s), co(s), eln(), eco());
        }
        return new Try(body, handlers, orelse, finalbody, ln(s), co(s), eln(), eco());
    }

    // ---- match ------------------------------------------------------------------------------------------

    /**
     * Where a {@code match} header without ':' ended (its NEWLINE), or -1: CPython's
     * {@code invalid_match_stmt} says "expected ':'" there only if the line is not a valid simple
     * statement either.
     */
    private int matchMissingColon = -1;

    /** {@code match_stmt}, or null (cursor unchanged) when 'match' here is a plain name. */
    private Stmt matchStmt() {
        int s = pos;
        Expr subject;
        try {
            pos++;
            subject = subjectExpr();
            if (type() != COLON) {
                if (type() == NEWLINE) {
                    matchMissingColon = pos;
                }
                throw fail();
            }
        } catch (Backtrack | PySyntaxError b) {
            pos = s;
            return null;
        }
        pos++;
        if (!accept(NEWLINE)) {
            throw fail();
        }
        if (type() != INDENT) {
            throw expectedIndentedBlock("'match' statement", s);
        }
        pos++;
        List<MatchCase> cases = new ArrayList<>();
        while (kw() == "case") {
            cases.add(caseBlock());
        }
        if (cases.isEmpty()) {
            throw fail();
        }
        if (!accept(DEDENT) && type() != ENDMARKER) {
            throw fail();
        }
        return new Match(subject, cases, ln(s), co(s), eln(), eco());
    }

    private Expr subjectExpr() {
        int s = pos;
        Expr first = starNamedExpression();
        if (type() != COMMA) {
            if (first instanceof dev.molt.frontend.ast.Starred) {
                throw fail();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (type() == COLON) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Tuple(elts, ExprContext.Load, ln(s), co(s), eln(), eco());
    }

    private MatchCase caseBlock() {
        int s = pos++;
        Pattern pattern = patterns();
        Expr guard = null;
        if (acceptKw("if")) {
            guard = namedExpression();
        }
        List<Stmt> body = block("'case' statement", s);
        return new MatchCase(pattern, guard, body);
    }
}
