package dev.molt.ir.builder;

import dev.molt.ir.Attr;
import dev.molt.ir.Function;
import dev.molt.ir.Op;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builder helpers for the {@code py} namespace (full dynamic Python semantics on {@code obj} values). Each
 * appends one op at the builder's position (with the current unwind edge if it may raise) and returns its
 * result.
 */
public final class PyOps {
    private final FunctionBuilder b;

    PyOps(FunctionBuilder b) {
        this.b = b;
    }

    private Value one(String name, Map<String, Attr> attrs, Value... operands) {
        return b.op(name, List.of(operands), attrs).result();
    }

    private Op none(String name, Map<String, Attr> attrs, Value... operands) {
        return b.op(name, List.of(operands), attrs);
    }

    // constants

    /** {@code py.const.int}. */
    public Value constInt(long v) {
        return one("py.const.int", Map.of("value", Attr.of(v)));
    }

    /** {@code py.const.int} of any size. */
    public Value constInt(BigInteger v) {
        return one("py.const.int", Map.of("value", new Attr.Int(v)));
    }

    /** {@code py.const.float}. */
    public Value constFloat(double v) {
        return one("py.const.float", Map.of("value", new Attr.Float(v)));
    }

    /** {@code py.const.str}. */
    public Value constStr(String s) {
        return one("py.const.str", Map.of("value", new Attr.Str(s)));
    }

    /** {@code py.const.bytes}. */
    public Value constBytes(byte[] v) {
        return one("py.const.bytes", Map.of("value", new Attr.Bytes(v.clone())));
    }

    /** {@code py.const.bool}. */
    public Value constBool(boolean v) {
        return one("py.const.bool", Map.of("value", new Attr.Bool(v)));
    }

    /** {@code py.const.none}. */
    public Value none() {
        return one("py.const.none", Map.of());
    }

    // operators

    /**
     * A binary operator by its op suffix ({@code "add"}, {@code "floordiv"}, ... see docs/ir.md); with
     * {@code inplace}, the augmented-assignment form {@code py.inplace.<op>}.
     */
    public Value binary(String op, Value x, Value y, boolean inplace) {
        return one(inplace ? "py.inplace." + op : "py." + op, Map.of(), x, y);
    }

    /** {@code x + y}. */
    public Value add(Value x, Value y) {
        return binary("add", x, y, false);
    }

    /** {@code x - y}. */
    public Value sub(Value x, Value y) {
        return binary("sub", x, y, false);
    }

    /** {@code x * y}. */
    public Value mul(Value x, Value y) {
        return binary("mul", x, y, false);
    }

    /** {@code x / y}. */
    public Value truediv(Value x, Value y) {
        return binary("truediv", x, y, false);
    }

    /** {@code x // y}. */
    public Value floordiv(Value x, Value y) {
        return binary("floordiv", x, y, false);
    }

    /** {@code x % y}. */
    public Value mod(Value x, Value y) {
        return binary("mod", x, y, false);
    }

    /** A unary operator: {@code "neg"}, {@code "pos"}, {@code "invert"} or {@code "not"}. */
    public Value unary(String op, Value x) {
        return one("py." + op, Map.of(), x);
    }

    /** A comparison by suffix: {@code eq ne lt le gt ge is is_not in not_in}. */
    public Value compare(String op, Value x, Value y) {
        return one("py." + op, Map.of(), x, y);
    }

    /** {@code x < y}. */
    public Value lt(Value x, Value y) {
        return compare("lt", x, y);
    }

    /** {@code x == y}. */
    public Value eq(Value x, Value y) {
        return compare("eq", x, y);
    }

    /** {@code bool(x)} as a machine bool. */
    public Value truthy(Value x) {
        return one("py.truthy", Map.of(), x);
    }

    // attributes and items

    /** {@code o.name}. */
    public Value getattr(Value o, String name) {
        return one("py.getattr", Map.of("name", Attr.of(name)), o);
    }

    /** {@code o.name = v}. */
    public Op setattr(Value o, String name, Value v) {
        return none("py.setattr", Map.of("name", Attr.of(name)), o, v);
    }

    /** {@code o[k]}. */
    public Value getitem(Value o, Value k) {
        return one("py.getitem", Map.of(), o, k);
    }

    /** {@code o[k] = v}. */
    public Op setitem(Value o, Value k, Value v) {
        return none("py.setitem", Map.of(), o, k, v);
    }

    // calls

    /** {@code f(args...)}. */
    public Value call(Value f, Value... args) {
        List<Value> ops = new ArrayList<>();
        ops.add(f);
        ops.addAll(List.of(args));
        return b.op("py.call", ops, Map.of()).result();
    }

    /** {@code f(*positional, **{kwnames[i]: kwvalues[i]})}, vectorcall style. */
    public Value call(Value f, List<Value> positional, List<String> kwnames, List<Value> kwvalues) {
        if (kwnames.size() != kwvalues.size()) throw new IllegalArgumentException("one value per keyword name");
        List<Value> ops = new ArrayList<>();
        ops.add(f);
        ops.addAll(positional);
        ops.addAll(kwvalues);
        return b.op("py.call", ops, kwnames.isEmpty() ? Map.of() : Map.of("kwnames", Attr.strings(kwnames))).result();
    }

    /** {@code f(*args, **kwargs)}; pass a None value for no kwargs. */
    public Value callEx(Value f, Value argsTuple, Value kwargs) {
        return one("py.call_ex", Map.of(), f, argsTuple, kwargs);
    }

    /** A direct call of a known Molt function through its fixed-arity entry. */
    public Op callDirect(Function callee, Value... args) {
        return b.op(b.registry().get("py.call_direct"), List.of(args), callee.signature().results(),
                Map.of("callee", new Attr.Symbol(callee.name())));
    }

    // builders

    /** {@code (items...)}. */
    public Value buildTuple(Value... items) {
        return one("py.build_tuple", Map.of(), items);
    }

    /** {@code [items...]}. */
    public Value buildList(Value... items) {
        return one("py.build_list", Map.of(), items);
    }

    /** {@code {k0: v0, ...}} from alternating keys and values. */
    public Value buildDict(Value... keysAndValues) {
        return one("py.build_dict", Map.of(), keysAndValues);
    }

    /** {@code a, b, ... = v}: returns the {@code n} results. */
    public List<Value> unpackSequence(Value v, int n) {
        return List.copyOf(b.op(b.registry().get("py.unpack_sequence"), List.of(v), n, Map.of("count", Attr.of(n))).results());
    }

    // iteration and generators

    /** {@code iter(o)}. */
    public Value iter(Value o) {
        return one("py.iter", Map.of(), o);
    }

    /** The two results of {@code py.next}. @param item the next item (None when exhausted) @param ok false when exhausted */
    public record Next(Value item, Value ok) {}

    /** {@code py.next it}: branch on {@code ok} to continue a loop. */
    public Next next(Value it) {
        Op op = b.op("py.next", List.of(it), Map.of());
        return new Next(op.result(0), op.result(1));
    }

    /** {@code yield v}; returns the value sent in. */
    public Value yieldValue(Value v) {
        return one("py.yield", Map.of(), v);
    }

    /** {@code await a}. */
    public Value await(Value a) {
        return one("py.await", Map.of(), a);
    }

    // scopes, functions, classes, imports

    /** Global (or builtin) {@code name}. */
    public Value loadGlobal(String name) {
        return one("py.load_global", Map.of("name", Attr.of(name)));
    }

    /** {@code global name; name = v}. */
    public Op storeGlobal(String name, Value v) {
        return none("py.store_global", Map.of("name", Attr.of(name)), v);
    }

    /** A new cell, holding {@code init} or empty if {@code init} is null. */
    public Value cellNew(Value init) {
        return init == null ? one("py.cell.new", Map.of()) : one("py.cell.new", Map.of(), init);
    }

    /** The content of {@code cell} (raising for {@code name} if empty). */
    public Value cellGet(Value cell, String name) {
        return one("py.cell.get", Map.of("name", Attr.of(name)), cell);
    }

    /** Stores {@code v} into {@code cell}. */
    public Op cellSet(Value cell, Value v) {
        return none("py.cell.set", Map.of(), cell, v);
    }

    /** A function object for {@code code} with defaults, kw-defaults and closure cells. */
    public Value makeFunction(Function code, String qualname, Value defaults, Value kwdefaults, Value... cells) {
        List<Value> ops = new ArrayList<>(List.of(defaults, kwdefaults));
        ops.addAll(List.of(cells));
        return b.op("py.make_function", ops, Map.of("code", new Attr.Symbol(code.name()), "qualname", Attr.of(qualname))).result();
    }

    /** {@code import name} (level 0). */
    public Value importModule(String name) {
        return one("py.import", Map.of("name", Attr.of(name)));
    }

    // exceptions

    /** {@code raise exc}. */
    public Op raise(Value exc) {
        return none("py.raise", Map.of(), exc);
    }

    /** {@code raise exc from cause}. */
    public Op raise(Value exc, Value cause) {
        return none("py.raise", Map.of(), exc, cause);
    }

    /** {@code except T:} test as a machine bool. */
    public Value excMatch(Value exc, Value type) {
        return one("py.exc_match", Map.of(), exc, type);
    }

    /** Boxes a machine value ({@code i64}, {@code f64} or {@code bool}) as a Python object. */
    public Value box(Value v) {
        return one("py.box." + v.type().name(), Map.of(), v);
    }

    /** Unboxes to {@code i64} or {@code f64}, raising if the object does not fit. */
    public Value unbox(Value v, Type to) {
        return one("py.unbox." + to.name(), Map.of(), v);
    }
}
