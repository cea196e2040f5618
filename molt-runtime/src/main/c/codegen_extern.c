/* The code generators' helpers (molt/codegen.h) with external linkage, for generated code that is
 * not C (the WebAssembly backend's relocatable object calls them by symbol name). */
#define MOLT_CG_EXTERN 1
#include "molt/codegen.h"
