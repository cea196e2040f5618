package dev.molt.ir.internal;

import static dev.molt.ir.Trait.ALLOC;
import static dev.molt.ir.Trait.COMMUTATIVE;
import static dev.molt.ir.Trait.CONSTANT;
import static dev.molt.ir.Trait.MAY_RAISE;
import static dev.molt.ir.Trait.PURE;
import static dev.molt.ir.Trait.SUSPENDS;
import static dev.molt.ir.Trait.TERMINATOR;
import static dev.molt.ir.Type.BOOL;
import static dev.molt.ir.Type.CELL;
import static dev.molt.ir.Type.F64;
import static dev.molt.ir.Type.I64;
import static dev.molt.ir.Type.OBJ;
import static dev.molt.ir.internal.StandardOps.op;

import dev.molt.ir.Attr;
import dev.molt.ir.AttrKind;
import dev.molt.ir.Function;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.TypeConstraint;
import java.util.List;

/**
 * The {@code py} namespace: ops with full dynamic Python semantics on {@code obj} values. Names follow CPython's
 * {@code ast} operator names and bytecode where one exists (Python Language Reference §6, CPython 3.12
 * Python/bytecodes.c). Unless a row says otherwise an op may raise.
 */
final class PyOpDefs {
    private PyOpDefs() {}

    /** Binary operators, by CPython {@code ast} operator class, with the op suffix. */
    static final List<String[]> BINARY = List.of(
            new String[] {"add", "Add", "+"}, new String[] {"sub", "Sub", "-"}, new String[] {"mul", "Mult", "*"},
            new String[] {"matmul", "MatMult", "@"}, new String[] {"truediv", "Div", "/"},
            new String[] {"floordiv", "FloorDiv", "//"}, new String[] {"mod", "Mod", "%"},
            new String[] {"pow", "Pow", "**"}, new String[] {"lshift", "LShift", "<<"},
            new String[] {"rshift", "RShift", ">>"}, new String[] {"bitor", "BitOr", "|"},
            new String[] {"bitxor", "BitXor", "^"}, new String[] {"bitand", "BitAnd", "&"});

    static final List<String[]> COMPARE = List.of(
            new String[] {"eq", "Eq", "=="}, new String[] {"ne", "NotEq", "!="}, new String[] {"lt", "Lt", "<"},
            new String[] {"le", "LtE", "<="}, new String[] {"gt", "Gt", ">"}, new String[] {"ge", "GtE", ">="});

    static void register(OpRegistry r) {
        constants(r);
        operators(r);
        r.register(op("py.truthy", "Python truth value (`bool(x)` without boxing): `__bool__`, then `__len__`.")
                .operands(OBJ).results(BOOL).traits(MAY_RAISE).build());
        r.register(op("py.box.i64", "Boxes an i64 as a Python int.").operands(I64).results(OBJ).traits(ALLOC).build());
        r.register(op("py.box.f64", "Boxes an f64 as a Python float.").operands(F64).results(OBJ).traits(ALLOC).build());
        r.register(op("py.box.bool", "Boxes a machine bool as True/False.").operands(BOOL).results(OBJ).traits(PURE).build());
        r.register(op("py.unbox.i64", "Unboxes an int known to fit i64; raises TypeError/OverflowError otherwise (a guard).")
                .operands(OBJ).results(I64).traits(MAY_RAISE).build());
        r.register(op("py.unbox.f64", "Unboxes a float (or an int, converted as float(x) does); raises otherwise.")
                .operands(OBJ).results(F64).traits(MAY_RAISE).build());
        attributes(r);
        calls(r);
        builders(r);
        iteration(r);
        scopes(r);
        exceptions(r);
        patternsAndContexts(r);
    }

    /** {@code match} patterns (PEP 634), {@code with}, and CPython's intrinsics (3.12 Python/bytecodes.c). */
    private static void patternsAndContexts(OpRegistry r) {
        r.register(op("py.len", "`len(o)` (GET_LEN, used by sequence patterns).").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.match_sequence", "Whether the subject may match a sequence pattern: a collections.abc.Sequence "
                + "other than str, bytes, bytearray (MATCH_SEQUENCE).").operands(OBJ).results(BOOL).build());
        r.register(op("py.match_mapping", "Whether the subject may match a mapping pattern (MATCH_MAPPING).")
                .operands(OBJ).results(BOOL).build());
        r.register(op("py.match_keys", "Operands subject and a tuple of keys: a tuple of the values, or None if a key "
                + "is missing (MATCH_KEYS).").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.match_class", "Operands subject, class and a tuple of keyword attribute names: a tuple of "
                + "the count positional (via `__match_args__`) then keyword attributes, or None if it does not "
                + "match (MATCH_CLASS).").operands(OBJ, OBJ, OBJ).results(OBJ).attr("count", AttrKind.INT)
                .traits(MAY_RAISE).build());
        r.register(op("py.dict_without_keys", "A copy of a mapping without the keys in a tuple, for `**rest` in mapping "
                + "patterns.").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.with_enter", "`with cm:` entry (BEFORE_WITH): looks `__enter__`/`__exit__` up on the type; "
                + "results are the bound `__exit__` and the value of `__enter__()`.").operands(OBJ).results(OBJ, OBJ)
                .traits(MAY_RAISE).build());
        r.register(op("py.async_with_enter", "`async with cm:` entry (BEFORE_ASYNC_WITH): results are the bound "
                + "`__aexit__` and the awaitable of `__aenter__()` (await it).").operands(OBJ).results(OBJ, OBJ)
                .traits(MAY_RAISE).build());
        r.register(op("py.with_exit", "Calls a bound `__exit__` with the exception (or None: exit(None, None, None)); "
                + "the result's truth says whether to suppress the exception (WITH_EXCEPT_START).")
                .operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.exc_group_match", "`except* T:` (CHECK_EG_MATCH): operands exception and T; results are the "
                + "matching part (None if nothing matches) and the rest (None if all matched).")
                .operands(OBJ, OBJ).results(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.intrinsic", "One of CPython 3.12's intrinsic functions by its lower-case name without the "
                + "INTRINSIC_ prefix (CALL_INTRINSIC_1/2): e.g. typevar, paramspec, typevartuple, typealias, "
                + "subscript_generic, set_function_type_params (PEP 695), prep_reraise_star (except*), "
                + "stopiteration_error (generators).").variadicOperands(OBJ).results(OBJ).attr("name", AttrKind.STR)
                .traits(MAY_RAISE).build());
    }

    private static void constants(OpRegistry r) {
        r.register(op("py.const.int", "An int constant of any size.").results(OBJ).attr("value", AttrKind.INT).traits(PURE, CONSTANT).build());
        r.register(op("py.const.float", "A float constant.").results(OBJ).attr("value", AttrKind.FLOAT).traits(PURE, CONSTANT).build());
        r.register(op("py.const.complex", "A complex constant `real + imag*j`.").results(OBJ)
                .attr("real", AttrKind.FLOAT).attr("imag", AttrKind.FLOAT).traits(PURE, CONSTANT).build());
        r.register(op("py.const.str", "A str constant (UTF-16 code units as Java holds them).").results(OBJ)
                .attr("value", AttrKind.STR).traits(PURE, CONSTANT).build());
        r.register(op("py.const.bytes", "A bytes constant.").results(OBJ).attr("value", AttrKind.BYTES).traits(PURE, CONSTANT).build());
        r.register(op("py.const.bool", "True or False.").results(OBJ).attr("value", AttrKind.BOOL).traits(PURE, CONSTANT).build());
        r.register(op("py.const.none", "None.").results(OBJ).traits(PURE, CONSTANT).build());
        r.register(op("py.const.ellipsis", "Ellipsis (`...`).").results(OBJ).traits(PURE, CONSTANT).build());
        r.register(op("py.const.tuple", "A tuple of constants (elements: int, float, str, bytes, bool attributes, "
                + "nested arrays for tuples); used for default-argument and kwnames tuples.").results(OBJ)
                .attr("value", AttrKind.ARRAY).traits(PURE, CONSTANT).build());
    }

    private static void operators(OpRegistry r) {
        for (String[] b : BINARY) {
            // not commutative: str and list + and * are not, and __add__/__radd__ order is observable
            r.register(op("py." + b[0], "`a " + b[2] + " b` (ast." + b[1] + "): `__" + dunder(b[0]) + "__`/`__r" + dunder(b[0])
                    + "__` protocol.").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        }
        for (String[] b : BINARY)
            r.register(op("py.inplace." + b[0], "`a " + b[2] + "= b` (AugAssign): `__i" + dunder(b[0]) + "__`, falling back to py."
                    + b[0] + ".").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.neg", "`-a` (ast.USub).").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.pos", "`+a` (ast.UAdd).").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.invert", "`~a` (ast.Invert).").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.not", "`not a` (ast.Not): a bool object.").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        for (String[] c : COMPARE)
            r.register(op("py." + c[0], "`a " + c[2] + " b` (ast." + c[1] + "): rich comparison, any object.")
                    .operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.is", "`a is b`: identity, a bool object.").operands(OBJ, OBJ).results(OBJ).traits(PURE, COMMUTATIVE).build());
        r.register(op("py.is_not", "`a is not b`.").operands(OBJ, OBJ).results(OBJ).traits(PURE, COMMUTATIVE).build());
        r.register(op("py.in", "`a in b` (`b.`__contains__`(a)`, falling back to iteration).").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.not_in", "`a not in b`.").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
    }

    private static String dunder(String n) {
        return switch (n) {
            case "bitor" -> "or";
            case "bitxor" -> "xor";
            case "bitand" -> "and";
            default -> n;
        };
    }

    private static void attributes(OpRegistry r) {
        r.register(op("py.getattr", "`o.name`.").operands(OBJ).results(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.getattr.f64", "`o.name` unboxed: py.getattr then py.unbox.f64 in one op, for an attribute type inference proved a float (the C backend reads it without a reference count); raises as they do.")
                .operands(OBJ).results(F64).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.setattr", "`o.name = v` (operands o, v).").operands(OBJ, OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.delattr", "`del o.name`.").operands(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.getitem", "`o[k]`.").operands(OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.setitem", "`o[k] = v` (operands o, k, v).").operands(OBJ, OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.delitem", "`del o[k]`.").operands(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.build_slice", "`slice(start, stop, step)` (pass None for omitted parts).")
                .operands(OBJ, OBJ, OBJ).results(OBJ).traits(ALLOC).build());
    }

    private static void calls(OpRegistry r) {
        r.register(op("py.call", "`f(*positional, **keywords)` with explicit arguments: operands are the callee, then "
                + "the arguments; the last len(kwnames) arguments are keyword arguments named by kwnames, in order "
                + "(CPython's vectorcall convention, PEP 590).")
                .operands(OBJ).variadicOperands(OBJ).results(OBJ).optionalAttr("kwnames", AttrKind.ARRAY).traits(MAY_RAISE)
                .check((op, err) -> {
                    if (op.attr("kwnames") instanceof Attr.Array a) {
                        if (a.elements().size() > op.operands().size() - 1)
                            err.accept("kwnames names " + a.elements().size() + " arguments but there are " + (op.operands().size() - 1));
                        for (Attr e : a.elements()) if (!(e instanceof Attr.Str)) err.accept("kwnames element " + e + " is not a string");
                    }
                }).build());
        r.register(op("py.range_iter", "`iter(f(args))` of a for loop over `range(args)` (operands f, the value of the name range, and 1 to 3 arguments): with the builtin range and int64 bounds a range iterator made without the range object, else exactly py.call then py.iter.")
                .operands(OBJ).variadicOperands(OBJ).results(OBJ).traits(MAY_RAISE)
                .check((op, err) -> {
                    if (op.operands().size() < 2 || op.operands().size() > 4) err.accept("range() takes 1 to 3 arguments here");
                }).build());
        r.register(op("py.call_ex", "`f(*args, **kwargs)`: operands callee, a tuple of positional arguments, and a dict "
                + "of keyword arguments or None (CPython CALL_FUNCTION_EX).").operands(OBJ, OBJ, OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.call_direct", "Calls the Molt function callee directly with its fixed-arity entry (no "
                + "argument binding); result types are spelled in the text.").variadicOperands(TypeConstraint.any())
                .variadicResults(TypeConstraint.any()).attr("callee", AttrKind.SYMBOL).traits(MAY_RAISE)
                .check((op, err) -> {
                    Function f = op.block() == null ? null : op.block().function();
                    if (f == null || f.module() == null || !(op.attr("callee") instanceof Attr.Symbol s)) return;
                    Function callee = f.module().function(s.name());
                    if (callee == null) {
                        err.accept("unknown function @" + s.name());
                        return;
                    }
                    var sig = callee.signature();
                    if (sig.params().size() != op.operands().size() || sig.results().size() != op.results().size()) {
                        err.accept("call does not match @" + s.name() + " signature " + sig);
                        return;
                    }
                    for (int i = 0; i < sig.params().size(); i++)
                        if (!sig.params().get(i).equals(op.operand(i).type()))
                            err.accept("argument " + i + " has type " + op.operand(i).type() + ", @" + s.name() + " takes " + sig.params().get(i));
                    for (int i = 0; i < sig.results().size(); i++)
                        if (!sig.results().get(i).equals(op.result(i).type()))
                            err.accept("result " + i + " has type " + op.result(i).type() + ", @" + s.name() + " returns " + sig.results().get(i));
                }).build());
        r.register(op("py.make_function", "Creates a function object for code (a function of this module) with qualname; "
                + "operands: defaults tuple (or None), keyword-only defaults dict (or None), then the closure cells in "
                + "the order of the code's free variables.").operands(OBJ, OBJ).variadicOperands(CELL).results(OBJ)
                .attr("code", AttrKind.SYMBOL).attr("qualname", AttrKind.STR).traits(ALLOC)
                .check((op, err) -> {
                    Function f = op.block() == null ? null : op.block().function();
                    if (f != null && f.module() != null && op.attr("code") instanceof Attr.Symbol s && f.module().function(s.name()) == null)
                        err.accept("unknown function @" + s.name());
                }).build());
        r.register(op("py.make_class", "`class name(*bases, **keywords): body` via `__build_class__`: operands are the "
                + "body function object, the bases tuple and a dict of class keywords (metaclass=...) or None.")
                .operands(OBJ, OBJ, OBJ).results(OBJ).attr("name", AttrKind.STR).attr("qualname", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.import", "`__import__(name, globals, None, fromlist, level)`: the top-level module (or the "
                + "named one when fromlist is non-empty).").results(OBJ).attr("name", AttrKind.STR)
                .optionalAttr("fromlist", AttrKind.ARRAY).optionalAttr("level", AttrKind.INT).traits(MAY_RAISE).build());
        r.register(op("py.import_from", "`from m import name`: attribute, falling back to sys.modules['m.name']; "
                + "ImportError otherwise.").operands(OBJ).results(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.import_star", "`from m import *` into the current module namespace.").operands(OBJ).traits(MAY_RAISE).build());
    }

    private static void builders(OpRegistry r) {
        r.register(op("py.build_tuple", "A tuple of the operands.").variadicOperands(OBJ).results(OBJ).traits(ALLOC).build());
        r.register(op("py.build_list", "A list of the operands.").variadicOperands(OBJ).results(OBJ).traits(ALLOC).build());
        r.register(op("py.build_set", "A set of the operands (may raise: unhashable).").variadicOperands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.build_dict", "A dict from operands k0, v0, k1, v1, ... (may raise: unhashable).")
                .variadicOperands(OBJ).results(OBJ).traits(MAY_RAISE)
                .check((op, err) -> {
                    if (op.operands().size() % 2 != 0) err.accept("py.build_dict needs an even number of operands");
                }).build());
        r.register(op("py.build_string", "Concatenates str operands (f-string pieces).").variadicOperands(OBJ).results(OBJ).traits(ALLOC).build());
        r.register(op("py.format", "f-string replacement field `{value!conversion:spec}`: operands value and spec "
                + "(a str; '' when absent); conversion is \"\", \"s\", \"r\" or \"a\" (CPython FORMAT_VALUE).")
                .operands(OBJ, OBJ).results(OBJ).optionalAttr("conversion", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.list_append", "`list.append(item)` for comprehensions (operands list, item).").operands(OBJ, OBJ).build());
        r.register(op("py.list_extend", "`list.extend(iterable)` for `[*a, *b]`.").operands(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.list_to_tuple", "tuple(list) for `(*a, *b)` and `f(*a, *b)`.").operands(OBJ).results(OBJ).traits(ALLOC).build());
        r.register(op("py.set_add", "`set.add(item)` for set comprehensions.").operands(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.set_update", "`set.update(iterable)` for `{*a, *b}`.").operands(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.dict_update", "`dict.update(mapping)` for `{**a}`.").operands(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.dict_merge", "Merges mapping into a kwargs dict for `f(**a, **b)`, raising TypeError on a "
                + "duplicate keyword (CPython DICT_MERGE).").operands(OBJ, OBJ).traits(MAY_RAISE).build());
        r.register(op("py.unpack_sequence", "`a, b, c = it`: exactly count results, ValueError otherwise.")
                .operands(OBJ).variadicResults(TypeConstraint.exact(OBJ)).attr("count", AttrKind.INT).traits(MAY_RAISE)
                .check((op, err) -> {
                    if (op.attr("count") instanceof Attr.Int n && n.value().intValue() != op.results().size())
                        err.accept("count is " + n + " but there are " + op.results().size() + " results");
                }).build());
        r.register(op("py.unpack_ex", "`a, *b, c = it`: before results, the starred list, after results.")
                .operands(OBJ).variadicResults(TypeConstraint.exact(OBJ)).attr("before", AttrKind.INT).attr("after", AttrKind.INT)
                .traits(MAY_RAISE)
                .check((op, err) -> {
                    if (op.attr("before") instanceof Attr.Int b && op.attr("after") instanceof Attr.Int a
                            && b.value().intValue() + 1 + a.value().intValue() != op.results().size())
                        err.accept("before + 1 + after != " + op.results().size() + " results");
                }).build());
    }

    private static void iteration(OpRegistry r) {
        r.register(op("py.iter", "`iter(o)`.").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.next", "Advances an iterator: results (item, ok). ok is false when the iterator is exhausted "
                + "(StopIteration is swallowed; item is None then); other exceptions unwind. A `for` loop is "
                + "`v, ok = py.next it` then `cf.cond_br ok, ^body(v), ^else`.")
                .operands(OBJ).results(OBJ, BOOL).traits(MAY_RAISE).build());
        r.register(op("py.aiter", "`aiter(o)` (async for).").operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.anext", "`anext(it)`: an awaitable; await it and catch StopAsyncIteration to end async for.")
                .operands(OBJ).results(OBJ).traits(MAY_RAISE).build());
        r.register(op("py.yield", "`yield v`: suspends the generator; the result is the value sent in (None for "
                + "next()); throw() raises here. Lowered to a state machine by a later pass.")
                .operands(OBJ).results(OBJ).traits(MAY_RAISE, SUSPENDS).build());
        r.register(op("py.yield_from", "`yield from it`: delegates until it is exhausted; the result is its return value.")
                .operands(OBJ).results(OBJ).traits(MAY_RAISE, SUSPENDS).build());
        r.register(op("py.await", "`await a`: gets the awaitable's iterator and delegates as yield from does.")
                .operands(OBJ).results(OBJ).traits(MAY_RAISE, SUSPENDS).build());
    }

    private static void scopes(OpRegistry r) {
        r.register(op("py.load_global", "Module global `name`, falling back to builtins; NameError otherwise.")
                .results(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.store_global", "Assigns module global `name`.").operands(OBJ).attr("name", AttrKind.STR).build());
        r.register(op("py.delete_global", "`del name` of a global; NameError if unbound.").attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.load_name", "Class-body/module-level name lookup in the namespace mapping operand, then "
                + "globals, then builtins (CPython LOAD_NAME).").operands(OBJ).results(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.store_name", "Stores `name` in the namespace mapping operand (operands ns, v).")
                .operands(OBJ, OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.cell.new", "A new cell, empty (unbound) without an operand or holding the operand.")
                .variadicOperands(OBJ).results(CELL).traits(ALLOC)
                .check((op, err) -> {
                    if (op.operands().size() > 1) err.accept("py.cell.new takes at most one operand");
                }).build());
        r.register(op("py.cell.get", "The cell's content; NameError (free variable) or UnboundLocalError if empty.")
                .operands(CELL).results(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.cell.set", "Stores into the cell.").operands(CELL, OBJ).build());
        r.register(op("py.cell.clear", "Empties the cell (`del x` of a cell variable).").operands(CELL).build());
        r.register(op("py.check_bound", "Raises UnboundLocalError for name if the operand is the unbound marker "
                + "(a local read after `del` or before assignment); returns the operand.")
                .operands(OBJ).results(OBJ).attr("name", AttrKind.STR).traits(MAY_RAISE).build());
        r.register(op("py.const.unbound", "The unbound marker for deleted or not-yet-assigned locals (never a Python value).")
                .results(OBJ).traits(PURE, CONSTANT).build());
    }

    private static void exceptions(OpRegistry r) {
        r.register(op("py.raise", "`raise exc [from cause]`: instantiates exc if it is a class, sets `__cause__` when a "
                + "second operand is given, and goes to the unwind target.")
                .operands(OBJ).variadicOperands(OBJ).traits(TERMINATOR, MAY_RAISE)
                .check((op, err) -> {
                    if (op.operands().size() > 2) err.accept("py.raise takes the exception and an optional cause");
                }).build());
        r.register(op("py.exc_match", "`except T:` test: isinstance(exc, T) where T is a class or tuple of classes; "
                + "TypeError if T is not.").operands(OBJ, OBJ).results(BOOL).traits(MAY_RAISE).build());
        r.register(op("py.exc_push", "Enters an except handler: makes the operand the currently handled exception "
                + "(sys.exception()) and returns the previous one.").operands(OBJ).results(OBJ).build());
        r.register(op("py.exc_pop", "Leaves an except handler: restores the previously handled exception.").operands(OBJ).build());
        r.register(op("py.exc_add_traceback", "Adds the current frame's line to the exception's traceback before it "
                + "leaves a function.").operands(OBJ).attr("line", AttrKind.INT).build());
    }
}
