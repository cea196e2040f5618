/**
 * The Python 3.12 parser behind {@link dev.molt.frontend.PythonParser}: hand-written recursive
 * descent over the tokens of {@code internal.lexer.Lexer}, following CPython 3.12
 * Grammar/python.gram rule by rule, building the records of {@link dev.molt.frontend.ast}.
 *
 * <p>Layers, each a class extending the one before (one seam per grammar section):
 * {@link dev.molt.frontend.internal.parser.ParserBase} (token arrays, cursor, keywords, positions,
 * errors) &lt; {@code ExpressionParser} (operators, named and conditional expressions) &lt;
 * {@code PrimaryParser} (calls, subscripts, comprehension clauses, targets) &lt;
 * {@code AtomParser} (displays, strings, f-strings) &lt; {@code ParameterParser} (def and lambda
 * parameters, PEP 695 type parameters) &lt; {@code PatternParser} (match patterns) &lt;
 * {@code SimpleStatementParser} &lt; {@link dev.molt.frontend.internal.parser.StatementParser}
 * (compound statements, entry points). {@code Literals} decodes numbers and strings and
 * concatenates adjacent literals; {@code Targets} gives targets their Store/Del context.
 *
 * <p>Design choices:
 * <ul>
 *   <li>Most of the grammar is parsed deterministically with one or two tokens of lookahead; the
 *       few PEG alternatives that need backtracking (a parenthesized {@code with}, the soft
 *       keyword {@code match}) mark the cursor and reset it on a preallocated, stack-less
 *       {@code Backtrack}. Valid code never throws on the hot path.</li>
 *   <li>Assignment targets are parsed as expressions and converted afterwards (as pegen's
 *       {@code _PyPegen_set_expr_context}); their positions are the same.</li>
 *   <li>Positions follow pegen's {@code EXTRA}: first token of the rule to the last consumed
 *       non-whitespace token; columns are UTF-8 byte offsets.</li>
 *   <li>Errors imitate CPython's two passes: a failed parse reports "invalid syntax" at the
 *       furthest token the parse proper looked at; the specialised messages of the
 *       {@code invalid_*} rules are raised where the parser meets the situation, after any
 *       speculative look that only CPython's second pass would make has been forgotten. The
 *       tokenizer's error, when the lexer stopped early, is raised as CPython does: when the
 *       parser reaches it, or instead of the parser's error following
 *       {@code _PyPegen_tokenize_full_source_to_check_for_errors}.</li>
 * </ul>
 */
package dev.molt.frontend.internal.parser;
