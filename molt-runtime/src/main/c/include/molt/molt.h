/*
 * molt/molt.h — the whole public runtime API; generated C includes only this.
 * See docs/runtime.md for the value layout and conventions.
 */
#ifndef MOLT_MOLT_H
#define MOLT_MOLT_H

#include "molt/value.h"
#include "molt/object.h"
#include "molt/errors.h"
#include "molt/tuple.h"
#include "molt/slice.h"
#include "molt/list.h"
#include "molt/dict.h"
#include "molt/set.h"
#include "molt/iter.h"
#include "molt/call.h"
#include "molt/builtins.h"
#include "molt/class.h"
#include "molt/str.h"
#include "molt/strbuf.h"
#include "molt/int.h"
#include "molt/float.h"
#include "molt/format.h"
#include "molt/print.h"
#include "molt/platform.h"
#include "molt/runtime.h"

#endif
