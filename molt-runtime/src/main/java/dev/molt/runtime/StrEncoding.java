package dev.molt.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The byte form of a Molt {@code str} (docs/runtime.md, "str"), for code generators that embed string constants.
 * Shared by the C and WebAssembly backends so both emit the same bytes.
 */
public final class StrEncoding {
    private StrEncoding() {
    }

    /**
     * The runtime's bytes for a Python str held as Java UTF-16 code units: UTF-8, where a high surrogate followed by
     * a low surrogate becomes the one supplementary code point they encode (4 bytes), and every other (lone)
     * surrogate U+D800–U+DFFF is written in its 3-byte generalized-UTF-8 form ({@code ED A0 80} for U+D800), as
     * WTF-8 encodes ill-formed UTF-16 (WTF-8 spec, "Encoding from potentially ill-formed UTF-16"). For a string
     * without lone surrogates this equals {@code s.getBytes(UTF_8)}. No terminating NUL is added.
     *
     * @param s any string, possibly with lone surrogates
     * @return a new array of the encoded bytes, {@code s.length()} to {@code 3 * s.length()} long
     */
    public static byte[] utf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        // String.codePoints joins each surrogate pair and yields a lone surrogate as its own code point
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        });
        return out.toByteArray();
    }
}
