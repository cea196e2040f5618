/**
 * The Python 3.12 tokenizer behind {@link dev.molt.frontend.Tokenizer}: a port of CPython 3.12's
 * {@code Parser/tokenizer.c} to a byte buffer.
 *
 * <ul>
 *   <li>{@link dev.molt.frontend.internal.lexer.SourceText} — decoding (BOM, PEP 263, UTF-8
 *       validation), line-end normalization, the line table, byte-to-code-point columns;
 *   <li>{@link dev.molt.frontend.internal.lexer.Lexer} — tokens (with {@code LexerCursor} for the
 *       input and errors, {@code NumberLexer} for numeric literals), including PEP 701 f-string
 *       modes; {@code tokenize}, {@code tokenizeUntilError} or one {@code next()} at a time;
 *   <li>{@link dev.molt.frontend.internal.lexer.StringDecoder} — escape decoding of str and bytes
 *       literal bodies and FSTRING_MIDDLE text, as CPython's {@code Parser/string_parser.c};
 *   <li>{@link dev.molt.frontend.internal.lexer.FStringDebugText} — the text of {@code f'{x=}'};
 *   <li>{@link dev.molt.frontend.internal.lexer.TokenFormatter} — the {@code python -m tokenize -e}
 *       listing.
 * </ul>
 *
 * <p>Positions: lines are 1-based; token columns and offsets are UTF-8 bytes in the normalized
 * text; {@link dev.molt.frontend.PySyntaxError} columns are 1-based code points, as CPython's.
 */
package dev.molt.frontend.internal.lexer;
