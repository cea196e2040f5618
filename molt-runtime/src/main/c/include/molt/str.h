/*
 * molt/str.h — the str type.
 *
 * Representation: UTF-8 bytes (NUL-terminated for convenience; lone
 * surrogates in their generalized-UTF-8 3-byte form) with the byte
 * size, the code point length, the maximal code point (which selects CPython's
 * UCS1/UCS2/UCS4 "kind" for hashing) and a cached hash (-1: not computed).
 * Index and slice arguments are code points; an ASCII string (size == length)
 * indexes in O(1); a longer non-ASCII one builds, on first indexing, a table of
 * the byte offset of every 64th code point, so s[i] scans at most 63 code points.
 *
 * Hash: SipHash-1-3 with an all-zero key over the string's CPython
 * representation bytes (UCS1, UCS2 or UCS4, little-endian), i.e. exactly
 * CPython >= 3.11 run with PYTHONHASHSEED=0. See docs/runtime.md.
 *
 * Source followed: CPython 3.12 Objects/unicodeobject.c, Python/pyhash.c.
 */
#ifndef MOLT_STR_H
#define MOLT_STR_H

#include "molt/object.h"

typedef struct MoltStr {
    MoltObject ob;
    int64_t size;     /* UTF-8 bytes */
    int64_t length;   /* code points */
    MoltHash hash;    /* -1: not yet computed */
    uint32_t maxchar; /* largest code point (0 for "") */
    int64_t *index;   /* NULL, or byte offsets of code points 0, 64, 128, ... (owned) */
    char data[];      /* size bytes + NUL */
} MoltStr;

bool molt_is_str(MoltValue v);
/* New str from UTF-8 bytes (copied). Invalid UTF-8 -> UnicodeError.
 * Like CPython's str, a Molt str may hold lone surrogates (U+D800..U+DFFF);
 * they are accepted in their 3-byte encodings (ED A0 80 .. ED BF BF), and a
 * surrogate pair written that way stays two code points, as in CPython.
 * Writing such a str to stdout raises UnicodeEncodeError (molt_print). */
MoltValue molt_str_from_utf8(const char *s, size_t n);
/* -1 if s holds no surrogate code point, else the index of the first. */
int64_t molt_str_find_surrogate(MoltValue s);
MoltValue molt_str_from_cstr(const char *s);

/* Drops the runtime's shared one-character strings (molt_runtime_fini). */
void molt_str_fini(void);
/* Borrowed pointer to the NUL-terminated UTF-8 bytes / their count. */
const char *molt_str_data(MoltValue s);
int64_t molt_str_size(MoltValue s);
int64_t molt_str_length(MoltValue s);   /* code points */

MoltValue molt_str_concat(MoltValue a, MoltValue b);
MoltValue molt_str_repeat(MoltValue s, int64_t n);
/* s[i], i may be negative; IndexError "string index out of range". */
MoltValue molt_str_getitem_index(MoltValue s, int64_t i);
/* s[start:stop:step]; each bound an int or MOLT_NONE. */
MoltValue molt_str_slice(MoltValue s, MoltValue start, MoltValue stop, MoltValue step);
/* `needle in s`: -1 (TypeError), 0, 1. */
int molt_str_contains(MoltValue s, MoltValue needle);
MoltHash molt_str_hash(MoltValue s);
/* repr(s) as CPython: quote choice, escapes, str.isprintable. */
MoltValue molt_str_repr(MoltValue s);
/* str.isprintable() for one code point (Unicode 14.0 = CPython 3.11's UCD). */
bool molt_unicode_isprintable(uint32_t cp);
/* str.isspace() for one code point (Py_UNICODE_ISSPACE). */
bool molt_unicode_isspace(uint32_t cp);
/* The XID_Start / XID_Continue properties (unicode_xid.c, generated, Unicode 14.0 = CPython 3.11). */
bool molt_unicode_isxidstart(uint32_t cp);
bool molt_unicode_isxidcontinue(uint32_t cp);
/* The decimal value 0..9 of a Unicode decimal digit (category Nd), else -1. */
int molt_unicode_decimal(uint32_t cp);
/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, the first step of
 * int(str) and float(str): code points < 127 are kept, other whitespace
 * becomes ' ', other decimal digits become '0'..'9', and the first other code
 * point becomes '?' and ends the text. Returns a malloc'ed NUL-terminated
 * ASCII string (length in *n) that the caller frees, or NULL + MemoryError. */
char *molt_str_to_ascii_number(MoltValue s, size_t *n);

/* ---- methods (str_methods.c). Optional arguments: MOLT_NONE when absent.
 * Positions are code points; start/end follow slice rules. Errors as CPython:
 * TypeError "must be str, not int", ValueError "substring not found",
 * "empty separator", TypeError for bad fill characters. */
MoltValue molt_str_find(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);   /* int, -1 if absent */
MoltValue molt_str_rfind(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_index(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_rindex(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_count(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_startswith(MoltValue s, MoltValue prefix, MoltValue start, MoltValue end); /* str or tuple */
MoltValue molt_str_endswith(MoltValue s, MoltValue suffix, MoltValue start, MoltValue end);
/* count < 0: replace all. */
MoltValue molt_str_replace(MoltValue s, MoltValue old, MoltValue new_, int64_t count);
/* chars: MOLT_NONE strips Unicode whitespace (str.isspace). */
MoltValue molt_str_strip(MoltValue s, MoltValue chars);
MoltValue molt_str_lstrip(MoltValue s, MoltValue chars);
MoltValue molt_str_rstrip(MoltValue s, MoltValue chars);
MoltValue molt_str_partition(MoltValue s, MoltValue sep);  /* 3-tuple */
MoltValue molt_str_rpartition(MoltValue s, MoltValue sep);
MoltValue molt_str_center(MoltValue s, MoltValue width, MoltValue fillchar);
MoltValue molt_str_ljust(MoltValue s, MoltValue width, MoltValue fillchar);
MoltValue molt_str_rjust(MoltValue s, MoltValue width, MoltValue fillchar);
MoltValue molt_str_zfill(MoltValue s, MoltValue width);
/* TypeError "removeprefix() argument must be str, not int". */
MoltValue molt_str_removeprefix(MoltValue s, MoltValue prefix);
MoltValue molt_str_removesuffix(MoltValue s, MoltValue suffix);
/* tabsize MOLT_NONE: 8; columns reset after \n and \r; tabsize <= 0 removes tabs. */
MoltValue molt_str_expandtabs(MoltValue s, MoltValue tabsize);

/* ---- methods producing or consuming lists (str_split.c) */
/* s.split(sep, maxsplit) / s.rsplit(...): sep MOLT_NONE splits on whitespace runs;
 * maxsplit MOLT_NONE or negative: no limit. ValueError "empty separator",
 * TypeError "must be str or None, not int". */
MoltValue molt_str_split(MoltValue s, MoltValue sep, MoltValue maxsplit);
MoltValue molt_str_rsplit(MoltValue s, MoltValue sep, MoltValue maxsplit);
/* s.splitlines(keepends): \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029 end lines. */
MoltValue molt_str_splitlines(MoltValue s, MoltValue keepends);
/* sep.join(iterable): TypeError "sequence item 1: expected str instance, int found". */
MoltValue molt_str_join(MoltValue sep, MoltValue iterable);

/* ---- str.format (str_format.c) */
/* fmt.format(*args, **kwargs) in the vector convention: args[0..nargs) positional, then one value per
 * name in kwnames (tuple of str or 0). Fields {name!conv:spec} with auto/manual numbering, keywords,
 * .attr and [key], !r/!s/!a, nested fields in the spec; values formatted by molt_format. */
MoltValue molt_str_format(MoltValue fmt, const MoltValue *args, size_t nargs, MoltValue kwnames);
/* ---- printf-style formatting (str_printf.c) */
/* format % args (PyUnicode_Format): args a tuple (one value per conversion), a mapping (for
 * %(key)s; PyMapping_Check: not a tuple or str, and its type has __getitem__) or any other single
 * value. Conversions d i u o x X e E f F g G c r s a %%, flags - + space # 0, width and precision
 * (digits or *). TypeError "not enough arguments for format string" / "not all arguments converted
 * during string formatting" / "%d format: a real number is required, not str", ValueError
 * "unsupported format character 'y' (0x79) at index 1" (index in code points) / "incomplete format",
 * as CPython 3.11. */
MoltValue molt_str_printf(MoltValue format, MoltValue args);
/* fmt.format_map(mapping): keyword fields are mapping[key] (any __getitem__); positional fields
 * raise ValueError "Format string contains positional fields". */
MoltValue molt_str_format_map(MoltValue fmt, MoltValue mapping);
/* str.maketrans (str_translate.c): the builtin (immortal, borrowed) that a program reaches as
 * str.maketrans or s.maketrans; its result is a dict {code point: int, str or None}. */
MoltValue molt_str_maketrans_builtin(void);
/* s.translate(table): table[ord(c)] per code point (any __getitem__): LookupError keeps c, None
 * deletes it, an int or a str replaces it; ValueError "character mapping must be in
 * range(0x110000)", TypeError "character mapping must return integer, None or str". */
MoltValue molt_str_translate(MoltValue s, MoltValue table);
/* ascii(v) */
MoltValue molt_ascii(MoltValue v);

/* ---- case mapping and classes (str_case.c, tables from Unicode 14.0). */
MoltValue molt_str_upper(MoltValue s);
MoltValue molt_str_lower(MoltValue s);     /* with the Final_Sigma rule */
MoltValue molt_str_casefold(MoltValue s);
MoltValue molt_str_swapcase(MoltValue s);
MoltValue molt_str_capitalize(MoltValue s);
MoltValue molt_str_title(MoltValue s);
MoltValue molt_str_isalpha(MoltValue s);   /* each returns a bool; "" -> False ... */
MoltValue molt_str_isdigit(MoltValue s);
MoltValue molt_str_isdecimal(MoltValue s);
MoltValue molt_str_isnumeric(MoltValue s);
MoltValue molt_str_isalnum(MoltValue s);
MoltValue molt_str_isspace(MoltValue s);
MoltValue molt_str_islower(MoltValue s);
MoltValue molt_str_isupper(MoltValue s);
MoltValue molt_str_istitle(MoltValue s);
MoltValue molt_str_isidentifier(MoltValue s); /* XID_Start or '_', then XID_Continue; "" -> False */
MoltValue molt_str_isascii(MoltValue s);   /* ... except these two: "" -> True */
MoltValue molt_str_isprintable(MoltValue s);

/* SipHash-1-3 with the all-zero key (Python/pyhash.c), as a Py_hash_t
 * (with -1 mapped to -2 by the caller). */
uint64_t molt_siphash13(const void *data, size_t n);

#endif
