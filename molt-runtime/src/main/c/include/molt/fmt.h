/*
 * molt/fmt.h — the runtime's own snprintf for its internal messages
 * (exception texts, addresses in reprs, counts), so that programs need not
 * link the C library's printf (about 12 KB of wasm code with its stdio).
 *
 * Where the C library is a shared library (native hosts), its printf costs a
 * program nothing, so there molt_snprintf and molt_vsnprintf are the C
 * library's; on wasm32-wasi (static wasi-libc), or with MOLT_OWN_LIBC defined
 * (tests of fmt.c on the host), they are fmt.c's. MOLT_USE_OWN_LIBC says which.
 *
 * Accepts the C11 (ISO/IEC 9899:2011 §7.21.6.1) conversions d i u x X o c s and
 * %%, with the flags - + space # 0, a field width and a precision (digits
 * or *), and the length modifiers hh h l ll z j t. Output is byte for byte
 * what the C library's snprintf writes for those. Floating-point conversions
 * (e f g a) are not accepted: doubles go through floatformat.c /
 * floatrepr.c; an unknown conversion is copied through verbatim.
 */
#ifndef MOLT_FMT_H
#define MOLT_FMT_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__wasi__) || defined(MOLT_OWN_LIBC)
#define MOLT_USE_OWN_LIBC 1
#else
#define MOLT_USE_OWN_LIBC 0
#endif

#if MOLT_USE_OWN_LIBC

/* Formats into buf[0..cap) (always NUL-terminated when cap > 0, truncating as
 * needed); returns the length the whole output has (without the NUL), as C's
 * vsnprintf does. Byte counts, not code points. */
int molt_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap);

/* molt_vsnprintf with the arguments inline. */
int molt_snprintf(char *buf, size_t cap, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
#else
#include <stdio.h>
#define molt_vsnprintf vsnprintf
#define molt_snprintf snprintf
#endif

#endif
