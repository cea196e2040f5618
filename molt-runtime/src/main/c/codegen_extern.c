/* The code generators' helpers (molt/codegen.h) with external linkage, for generated code that is
 * not C (the WebAssembly backend's relocatable object calls them by symbol name). */
#define MOLT_CG_EXTERN 1
#include "molt/codegen.h"

/* The WebAssembly backend reserves this many zeroed bytes per attribute-access site for its MoltCgAttrCache
 * (ProgramLowering.ATTR_CACHE_BYTES, docs/wasm.md §4). */
#if defined(__wasm__)
_Static_assert(sizeof(MoltCgAttrCache) <= 128, "MoltCgAttrCache outgrew the WebAssembly backend's 128-byte sites");
#endif
