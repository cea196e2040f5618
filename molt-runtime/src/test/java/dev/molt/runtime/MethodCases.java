package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.NONE;
import static dev.molt.runtime.RuntimeHarness.f;
import static dev.molt.runtime.RuntimeHarness.i;
import static dev.molt.runtime.RuntimeHarness.op;
import static dev.molt.runtime.RuntimeHarness.s;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-picked cases for the methods and attributes of builtin types reached by attribute (methods.c,
 * number_methods.c, str_translate.c ...): unbound method descriptors, int/float/range/slice methods and attributes,
 * the newer str methods, bin/oct/hex/format/ascii. In rt_driver's line grammar; expected output from python3.
 */
final class MethodCases {
    private MethodCases() {}

    private static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Unbound methods of builtin types (method_descriptor) called with their receiver, as map/sorted keys, errors. */
    static List<String> methodDescriptors() {
        return lines("""
                = 0 list s:62 s:41 s:61
                mcall t:list a:append r:0 s:43
                repr r:0
                : 1 getattr t:str a:upper
                repr r:1
                call r:1 s:6162
                call r:1
                call r:1 i:1
                call r:1 s:61 i:1
                call r:1 w:x s:61
                : 2 call t:map r:1 r:0
                call t:list r:2
                : 3 getattr t:str a:lower
                call c:sorted r:0 w:key r:3
                call c:sorted r:0 w:key r:3 w:reverse b:1
                mcall t:list a:sort r:0 w:key r:3
                repr r:0
                mcall t:list a:sort r:0 i:1
                mcall t:list a:append
                mcall t:list a:append i:1 i:2
                mcall t:list a:append r:0
                mcall t:set a:union e:frozenset
                mcall t:frozenset a:union e:frozenset e:list
                mcall t:str a:join s:2c20 r:0
                mcall t:str a:join i:1 r:0
                mcall t:dict a:get e:dict s:61
                mcall t:dict a:get e:dict s:61 i:9
                mcall t:dict a:fromkeys r:0 i:0
                mcall t:dict a:fromkeys r:0
                mcall t:dict a:fromkeys
                mcall t:dict a:fromkeys r:0 w:value i:1
                mcall e:dict a:fromkeys r:0 i:1
                mcall t:tuple a:count r:0 s:61
                mcall t:str a:split s:6120622063 w:maxsplit i:1
                mcall t:str a:nope
                getattr r:1 a:__name__
                getattr r:1 a:__qualname__
                getattr r:1 a:__objclass__
                getattr r:1 a:nope
                getattr t:list a:pop
                getattr t:set a:add
                getattr t:frozenset a:add
                getattr t:dict a:items
                getattr t:tuple a:index
                eq r:1 r:1
                """);
    }

    /** int, bool and float methods and attributes; bin/oct/hex/format/ascii; range and slice attributes. */
    static List<String> numberMethods() {
        List<String> out = new ArrayList<>();
        List<String> ints = List.of(i(0), i(1), i(-1), i(255), i(-256), i(BigInteger.TWO.pow(100)),
                i(BigInteger.TWO.pow(70).negate().add(BigInteger.ONE)), RuntimeHarness.b(true), RuntimeHarness.b(false));
        for (String v : ints) {
            for (String m : List.of("bit_length", "bit_count", "conjugate", "as_integer_ratio")) {
                out.add(op("mcall", v, "a:" + m));
            }
            for (String a : List.of("real", "imag", "numerator", "denominator", "nope")) {
                out.add(op("getattr", v, "a:" + a));
            }
            for (String b : List.of("bin", "oct", "hex", "ascii", "format")) {
                out.add(op("call", "c:" + b, v));
            }
            out.add(op("call", "c:format", v, s("#x")));
        }
        List<String> floats = List.of(f(0.0), f(-0.0), f(0.1), f(2.0), f(-2.5), f(1e300), f(5e-324), f(0.75),
                f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY), f(Double.NaN), f(123456789.0));
        for (String v : floats) {
            for (String m : List.of("is_integer", "conjugate", "as_integer_ratio")) {
                out.add(op("mcall", v, "a:" + m));
            }
            for (String a : List.of("real", "imag", "numerator")) {
                out.add(op("getattr", v, "a:" + a));
            }
            out.add(op("call", "c:hex", v));
            out.add(op("call", "c:format", v, s(".3e")));
        }
        out.addAll(lines("""
                mcall i:5 a:bit_length i:1
                mcall f:3ff8000000000000 a:is_integer i:1
                mcall t:int a:bit_length i:7
                mcall t:int a:bit_length f:3ff8000000000000
                mcall t:float a:is_integer f:4000000000000000
                call c:bin
                call c:bin i:1 i:2
                call c:bin w:x i:1
                call c:format
                call c:format i:1 a:d i:3
                call c:format i:1 w:spec a:d
                call c:format a:x i:5
                call c:ascii
                : 0 call t:range i:0 i:10 i:3
                getattr r:0 a:start
                getattr r:0 a:stop
                getattr r:0 a:step
                mcall r:0 a:count i:3
                mcall r:0 a:count i:4
                mcall r:0 a:count f:4008000000000000
                mcall r:0 a:count b:1
                mcall r:0 a:count a:x
                mcall r:0 a:index i:6
                mcall r:0 a:index i:4
                mcall r:0 a:index f:4018000000000000
                mcall r:0 a:index a:x
                mcall r:0 a:index
                : 1 call t:range i:5 i:-5 i:-2
                mcall r:1 a:index i:-3
                mcall r:1 a:index i:-5
                mcall r:1 a:count i:5
                : 2 call t:range i:3
                mcall r:2 a:index b:1
                getattr r:2 a:start
                : 3 call t:slice i:1 i:10 i:2
                getattr r:3 a:start
                getattr r:3 a:stop
                getattr r:3 a:step
                mcall r:3 a:indices i:5
                mcall r:3 a:indices i:-1
                mcall r:3 a:indices
                : 4 call t:slice a:x
                getattr r:4 a:start
                getattr r:4 a:stop
                = 5 call t:range i:100000000000000000000 i:100000000000000000003
                len r:5
                iter r:5
                getitem r:5 i:1
                getitem r:5 i:-1
                getitem r:5 i:3
                getitem r:5 i:-4
                getitem r:5 a:x
                contains i:100000000000000000001 r:5
                contains i:5 r:5
                contains f:3ff0000000000000 r:5
                mcall r:5 a:index i:100000000000000000002
                mcall r:5 a:index i:3
                mcall r:5 a:count i:100000000000000000000
                getattr r:5 a:stop
                truth r:5
                eq r:5 r:5
                = 6 call t:range i:18446744073709551616
                len r:6
                getitem r:6 i:9223372036854775808
                getitem r:6 i:-1
                truth r:6
                = 7 call t:range i:-100000000000000000000 i:-100000000000000000006 i:-2
                iter r:7
                : 9 call c:reversed r:7
                iter r:9
                len r:7
                contains i:-100000000000000000004 r:7
                contains i:-100000000000000000003 r:7
                = 8 call t:range i:-9223372036854775808 i:9223372036854775807
                getitem r:8 i:-1
                getitem r:8 i:9223372036854775807
                call t:range b:1 i:100000000000000000000 i:10000000000000000000
                call t:range i:0 i:1 i:100000000000000000000
                call t:range i:0 i:100000000000000000000 i:0
                eq r:5 r:6
                hash r:5
                hash r:6
                """));
        return out;
    }

    /** removeprefix/removesuffix, expandtabs, maketrans/translate, format_map. */
    static List<String> strMethods() {
        List<String> out = new ArrayList<>();
        List<String> texts = List.of(s(""), s("abc"), s("a\tbc\td"), s("\t\t"), s("ab\n\tc\r\td"),
                s("h\u00e9\tx\ud83d\ude00\ty"), s("abcabc"));
        for (String t : texts) {
            out.add(op("mcall", t, "a:removeprefix", s("ab")));
            out.add(op("mcall", t, "a:removesuffix", s("bc")));
            out.add(op("mcall", t, "a:removeprefix", s("")));
            out.add(op("mcall", t, "a:expandtabs"));
            for (String n : List.of(i(0), i(1), i(3), i(-2))) {
                out.add(op("mcall", t, "a:expandtabs", n));
            }
            out.add(op("mcall", t, "a:expandtabs", "w:tabsize", i(4)));
        }
        out.add(op("mcall", s("abc"), "a:removeprefix", i(1)));
        out.add(op("mcall", s("abc"), "a:removesuffix", NONE));
        out.add(op("mcall", s("abc"), "a:removeprefix"));
        out.add(op("mcall", s("a\tb"), "a:expandtabs", s("x")));
        out.add(op("mcall", s("a\tb"), "a:expandtabs", i("10000000000000")));
        out.add(op("mcall", s("a\tb"), "a:expandtabs", "w:size", i(1)));
        out.add(op("mcall", s("a\tb"), "a:expandtabs", i(1), i(2)));
        out.addAll(lines("""
                = 0 mcall t:str a:maketrans s:616263 s:78797a s:64
                = 1 mcall s: a:maketrans s:61 s:62
                = 2 dict s:61 s:4141 i:98 n s:63 i:100 s:c3a9 i:128512
                = 3 mcall t:str a:maketrans r:2
                mcall t:str a:maketrans i:1
                mcall t:str a:maketrans s:6162 s:63
                mcall t:str a:maketrans s:6162 i:1
                mcall t:str a:maketrans i:1 s:61
                mcall t:str a:maketrans s:61 s:62 i:1
                mcall t:str a:maketrans
                mcall t:str a:maketrans s:61 s:62 s:63 s:64
                mcall t:str a:maketrans s:61 w:y s:62
                = 4 dict s:6162 i:1
                mcall t:str a:maketrans r:4
                = 5 dict f:3ff8000000000000 i:1
                mcall t:str a:maketrans r:5
                mcall s:61626364c3a9 a:translate r:0
                mcall s:61626364c3a9 a:translate r:3
                mcall s:61626364c3a9 a:translate r:1
                mcall s:616263 a:translate i:5
                = 6 dict i:97 i:1114112
                mcall s:616263 a:translate r:6
                = 7 dict i:97 f:3ff8000000000000
                mcall s:616263 a:translate r:7
                = 8 list n n
                mcall s:000161 a:translate r:8
                = 9 dict s:78 i:1 s:79 s:7a
                mcall s:7b787d2d7b7921727d a:format_map r:9
                mcall s:7b787d a:format_map e:dict
                mcall s:7b307d a:format_map r:9
                mcall s:7b7d a:format_map r:9
                mcall s:7b787d a:format_map i:1
                mcall s:7b787d a:format_map
                mcall s:6162 a:format_map r:9
                """));
        return out;
    }

    /** dict.update(**kwargs), the set methods taking several others, SystemExit.code, StopIteration.value. */
    static List<String> variadicMethodsAndExceptionAttributes() {
        return lines("""
                = 0 dict s:61 i:1
                mcall r:0 a:update w:c i:7
                mcall r:0 a:update r:0 w:b i:2
                = 1 list
                mcall r:0 a:update r:1 w:a i:9
                mcall r:0 a:update i:1
                mcall r:0 a:update r:0 r:0
                repr r:0
                mcall t:dict a:update r:0 w:q i:0
                = 2 set i:1 i:2 i:3
                = 3 set i:2 i:3 i:4
                = 4 list i:3 i:9
                mcall r:2 a:union
                mcall r:2 a:union r:3 r:4
                mcall r:2 a:union r:2 r:2
                mcall r:2 a:intersection
                mcall r:2 a:intersection r:3 r:4
                mcall r:2 a:intersection r:2
                mcall r:2 a:difference
                mcall r:2 a:difference r:3 r:4
                mcall r:2 a:union i:1
                mcall r:2 a:issubset r:3 r:4
                = 5 frozenset i:1 i:2
                mcall r:5 a:union r:3 r:4
                mcall r:5 a:intersection r:3 r:2
                mcall r:5 a:difference r:4 r:3
                mcall r:5 a:update r:3
                = 6 set i:1 i:2 i:3 i:4 i:5
                mcall r:6 a:update r:3 r:4
                repr r:6
                mcall r:6 a:intersection_update r:2 r:3
                repr r:6
                mcall r:6 a:difference_update r:4 r:5
                repr r:6
                mcall r:6 a:update
                mcall r:6 a:intersection_update
                repr r:6
                mcall r:6 a:symmetric_difference r:3 r:4
                = 7 exc t:SystemExit i:5
                getattr r:7 a:code
                = 8 exc t:SystemExit
                getattr r:8 a:code
                = 9 exc t:SystemExit i:1 s:78
                getattr r:9 a:code
                = 10 exc t:StopIteration i:3 i:4
                getattr r:10 a:value
                = 11 exc t:StopIteration
                getattr r:11 a:value
                = 12 exc t:ValueError i:1
                getattr r:12 a:code
                = 13 list i:5 i:0 i:3 i:4
                : 14 getattr r:13 a:pop
                : 15 call c:iter r:14 i:0
                iter r:15
                iter r:15
                repr r:13
                call c:iter i:1 i:0
                call c:iter r:14 i:0 i:1
                """);
    }

    /** The set-like dict views: & | - ^ on either side, comparisons, isdisjoint, items ^ items. */
    static List<String> dictViewSetOps() {
        List<String> out = new ArrayList<>(lines("""
                = 0 dict s:61 i:1 s:62 i:2 s:63 i:3
                = 1 mcall r:0 a:keys
                = 2 mcall r:0 a:items
                = 3 set s:61 s:7a
                = 4 list s:61 s:77
                = 5 dict s:61 i:1 s:62 i:5 s:78 i:0
                = 6 mcall r:5 a:keys
                = 7 mcall r:5 a:items
                = 8 mcall r:0 a:values
                = 9 tuple s:61 i:1
                = 10 set r:9
                = 11 set s:61 s:62 s:63
                = 12 call t:dict
                = 13 mcall r:12 a:keys
                """));
        List<String> operands = List.of("r:1", "r:2", "r:3", "r:4", "r:6", "r:7", "r:8", "r:10", "r:11", "r:13", "i:1");
        for (String a : operands) {
            for (String b : operands) {
                for (String o : List.of("and", "or", "sub", "xor", "eq", "ne", "lt", "le", "gt", "ge")) {
                    out.add(op(o, a, b));
                }
            }
            out.add(op("mcall", "r:1", "a:isdisjoint", a));
            out.add(op("mcall", "r:2", "a:isdisjoint", a));
            out.add(op("mcall", "r:13", "a:isdisjoint", a));
        }
        out.add(op("mcall", "r:1", "a:isdisjoint"));
        out.add(op("mcall", "r:8", "a:isdisjoint", "r:1"));
        return out;
    }
}
