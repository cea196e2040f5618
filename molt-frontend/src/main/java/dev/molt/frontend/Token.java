package dev.molt.frontend;

/**
 * One token of Python source, as CPython 3.12's C tokenizer gives it to the parser.
 *
 * <p>Positions are CPython's: {@code lineno}/{@code endLineno} are 1-based lines;
 * {@code colOffset}/{@code endColOffset} are 0-based UTF-8 byte offsets within their lines, the end
 * exclusive. {@code startOffset}/{@code endOffset} are the same two points as UTF-8 byte offsets
 * from the start of the decoded, normalized source (line ends turned into {@code \n}).
 *
 * @param type the kind
 * @param string the token's text as it appears in the source ({@code ""} for INDENT, DEDENT and
 *     ENDMARKER; {@code "\n"} or {@code ""} for NEWLINE)
 * @param lineno start line, 1-based
 * @param colOffset start column, UTF-8 bytes
 * @param endLineno end line, 1-based
 * @param endColOffset end column (exclusive), UTF-8 bytes
 * @param startOffset start, UTF-8 bytes from the start of the source
 * @param endOffset end (exclusive), UTF-8 bytes from the start of the source
 */
public record Token(
        TokenType type,
        String string,
        int lineno,
        int colOffset,
        int endLineno,
        int endColOffset,
        int startOffset,
        int endOffset) {
}
