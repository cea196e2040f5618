/*
 * runtime.c — start-up (type MROs) and shut-down (flush, release the
 * current exception).
 */
#include "molt/molt.h"

#include <stdio.h>

static bool initialized;

static MoltType *const builtin_types[] = {&MoltBaseObject_Type, &MoltType_Type, &MoltNone_Type,
                                          &MoltNotImplemented_Type, &MoltInt_Type, &MoltBool_Type,
                                          &MoltFloat_Type, &MoltStr_Type, &MoltTuple_Type,
                                          &MoltSlice_Type, &MoltRange_Type, &MoltRangeIter_Type,
                                          &MoltList_Type, &MoltListIter_Type, &MoltListRevIter_Type,
                                          &MoltDict_Type, &MoltDictKeys_Type, &MoltDictValues_Type,
                                          &MoltDictItems_Type, &MoltDictIter_Type, &MoltSet_Type,
                                          &MoltFrozenSet_Type, &MoltSetIter_Type, &MoltSeqIter_Type,
                                          &MoltEnumerate_Type, &MoltZip_Type, &MoltMap_Type, &MoltFilter_Type,
                                          &MoltReversed_Type, &MoltFunction_Type, &MoltBuiltin_Type,
                                          &MoltMethod_Type, &MoltCell_Type, &MoltStaticMethod_Type,
                                          &MoltClassMethod_Type, &MoltProperty_Type, &MoltSuper_Type};
#define N_BUILTIN_TYPES (sizeof builtin_types / sizeof builtin_types[0])

int molt_runtime_init(void) {
    if (initialized) return 0;
    MoltType *const *types = builtin_types;
    for (size_t i = 0; i < N_BUILTIN_TYPES; i++) {
        if (molt_type_ready(types[i]) < 0) goto fail;
    }
    if (molt_exceptions_init() < 0) goto fail;
    molt_builtins_init();
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
    molt_exceptions_fini();
    molt_str_fini();
    for (size_t i = 0; i < N_BUILTIN_TYPES; i++) molt_type_release(builtin_types[i]);
    molt_free_lists_clear();
    initialized = false;
}

_Noreturn void molt_exit(int status) {
    molt_runtime_fini();
    molt_platform_exit(status);
}
