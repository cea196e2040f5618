/*
 * runtime.c — start-up (KeyError's str; static types are readied on first use) and shut-down (flush, release
 * the current exception, the classes and kept objects, the free lists).
 */
#include "molt/molt.h"

#include <stdio.h>

static bool initialized;

int molt_runtime_init(void) {
    if (initialized) return 0;
    /* Static types are readied when first needed (molt_type_mro): a type no code reaches is not linked. */
    if (molt_exceptions_init() < 0) goto fail;
    initialized = true;
    return 0;
fail:
    molt_err_print();
    return -1;
}

void molt_runtime_fini(void) {
    molt_stdout_flush();
    molt_err_clear();
    if (!initialized) return;
    molt_classes_fini();
    molt_methods_fini();
    molt_str_fini();
    molt_types_release();
    molt_free_lists_clear();
    initialized = false;
}

_Noreturn void molt_exit(int status) {
    molt_runtime_fini();
    molt_platform_exit(status);
}
