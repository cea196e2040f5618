package dev.molt.runtime;

import java.util.List;

/**
 * Hand-picked cases for containers, iteration, calls and builtins, in rt_driver's line grammar (registers
 * {@code = N OP ...} / {@code r:N}, callables {@code c:NAME}, keywords {@code w:NAME}, plain strs {@code a:TEXT}).
 * Expected output comes from python3 (rt_oracle.py). A case that builds a reference cycle breaks it again before the
 * group ends (Molt has no cycle collector yet; the driver's leak check would fail).
 */
final class ContainerCases {
    private ContainerCases() {}

    private static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static List<String> lists() {
        return lines("""
                = 0 list i:3 i:1 i:2 i:1
                meth a:append r:0 i:5
                repr r:0
                getslice r:0 n n i:-1
                getslice r:0 i:1 n i:2
                getslice r:0 i:-2 i:-100 i:-1
                getslice r:0 i:100 i:200 n
                getslice r:0 n n i:0
                getslice r:0 f:3ff0000000000000 n n
                getitem r:0 i:-1
                getitem r:0 i:5
                getitem r:0 i:-6
                getitem r:0 s:41
                getitem r:0 i:99999999999999999999999
                meth a:count r:0 i:1
                meth a:index r:0 i:1
                meth a:index r:0 i:1 i:2
                meth a:index r:0 i:1 i:-2 i:-1
                meth a:index r:0 i:9
                meth a:index r:0 s:41
                meth a:sort r:0
                repr r:0
                meth a:sort r:0 w:reverse b:1
                repr r:0
                meth a:reverse r:0
                repr r:0
                meth a:insert r:0 i:0 i:10
                meth a:insert r:0 i:-1 i:11
                meth a:insert r:0 i:100 i:12
                meth a:insert r:0 i:-100 i:13
                repr r:0
                meth a:pop r:0
                meth a:pop r:0 i:0
                meth a:pop r:0 i:-2
                meth a:pop r:0 i:50
                meth a:remove r:0 i:5
                meth a:remove r:0 i:5
                repr r:0
                = 1 list
                meth a:pop r:1
                truth r:1
                truth r:0
                len r:0
                meth a:extend r:1 r:0
                meth a:extend r:1 r:1
                meth a:extend r:1 s:6162
                meth a:extend r:1 i:5
                repr r:1
                setitem r:1 i:0 s:78
                setitem r:1 i:-1 s:79
                setitem r:1 i:40 s:79
                setitem r:1 s:41 i:1
                delitem r:1 i:0
                delitem r:1 i:-100
                repr r:1
                = 2 mkslice i:1 i:3 n
                setitem r:1 r:2 r:0
                repr r:1
                = 2 mkslice n n i:2
                setitem r:1 r:2 s:41
                setitem r:1 r:2 r:0
                delitem r:1 r:2
                repr r:1
                = 2 mkslice n n i:-3
                delitem r:1 r:2
                repr r:1
                = 2 mkslice i:1 i:1 n
                setitem r:1 r:2 s:717273
                repr r:1
                setitem r:1 r:2 i:5
                = 2 mkslice n n n
                setitem r:1 r:2 r:1
                repr r:1
                delitem r:1 r:2
                repr r:1
                = 3 list i:1 i:2 i:3
                = 4 list i:1 i:2 i:4
                lt r:3 r:4
                le r:4 r:3
                eq r:3 r:3
                ne r:3 r:4
                gt r:3 r:4
                eq r:3 r:4
                lt r:3 s:41
                eq r:3 s:41
                add r:3 r:4
                add r:3 s:41
                mul r:3 i:2
                mul i:0 r:3
                mul i:-1 r:3
                mul r:3 s:41
                contains i:2 r:3
                contains i:9 r:3
                contains f:4000000000000000 r:3
                = 5 list r:3 r:3
                repr r:5
                setitem r:3 i:0 r:3
                repr r:3
                repr r:5
                eq r:5 r:5
                meth a:clear r:3
                repr r:5
                meth a:copy r:4
                = 6 list i:3 s:41
                meth a:sort r:6
                repr r:6
                = 6 list i:3 i:-1 i:2 i:-5 i:0
                meth a:sort r:6 w:key c:abs
                repr r:6
                meth a:sort r:6 w:key c:abs w:reverse b:1
                repr r:6
                = 6 list f:7ff8000000000000 i:1 i:0
                repr r:6
                str r:6
                = 6 list s:62 s:41 s:61 s:42 s:c3a9
                meth a:sort r:6
                repr r:6
                = 6 list i:1 i:2 i:3 i:4 i:5 i:6 i:7 i:8 i:9 i:10 i:11 i:12 i:13 i:14 i:15 i:16 i:17 i:18 i:19 i:20
                meth a:sort r:6 w:key c:str
                repr r:6
                meth a:sort r:6 w:key c:len
                repr r:6
                meth a:sort r:6 w:key c:len w:reverse b:1
                repr r:6
                iter r:6
                : 9 call c:reversed r:6
                iter r:9
                call c:list r:6
                call c:list
                call c:list s:616263
                call c:list i:5
                call c:list r:6 r:6
                call c:list w:x i:1
                """);
    }

    static List<String> tuplesRangesSlices() {
        return lines("""
                = 0 tuple i:1 i:2 i:3 i:2
                getslice r:0 n n i:-1
                getslice r:0 i:1 i:3 n
                getslice r:0 n n n
                getslice r:0 n n i:0
                getitem r:0 i:-1
                getitem r:0 i:4
                getitem r:0 s:41
                meth a:count r:0 i:2
                meth a:index r:0 i:2
                meth a:index r:0 i:2 i:2
                meth a:index r:0 i:7
                add r:0 r:0
                add r:0 e:tuple
                add r:0 s:41
                mul r:0 i:2
                mul r:0 i:0
                mul i:3 e:tuple
                iter r:0
                call c:tuple s:6162
                call c:tuple r:0
                call c:tuple
                call c:tuple i:1 i:2
                hash r:0
                call c:range i:10
                call c:range i:2 i:10 i:3
                call c:range i:10 i:2 i:-3
                call c:range i:1 i:2 i:0
                call c:range f:3ff0000000000000
                call c:range
                call c:range i:1 i:2 i:3 i:4
                = 1 call c:range i:10 i:-10 i:-3
                iter r:1
                len r:1
                getitem r:1 i:0
                getitem r:1 i:-1
                getitem r:1 i:7
                getslice r:1 n n i:-1
                getslice r:1 i:1 i:5 i:2
                contains i:7 r:1
                contains i:8 r:1
                contains f:401c000000000000 r:1
                contains s:41 r:1
                : 9 call c:reversed r:1
                iter r:9
                call c:list r:1
                call c:sum r:1
                hash r:1
                = 2 call c:range i:0
                iter r:2
                truth r:2
                truth r:1
                = 3 call c:range i:0 i:-5
                eq r:2 r:3
                = 3 call c:range i:3
                = 4 call c:range i:0 i:3 i:1
                eq r:3 r:4
                hash r:3
                = 5 mkslice i:1 i:10 i:2
                meth a:indices r:5 i:5
                = 5 mkslice n n i:-1
                meth a:indices r:5 i:5
                = 5 mkslice i:-100 i:100 i:3
                meth a:indices r:5 i:7
                meth a:indices r:5 i:-1
                = 5 mkslice n n i:0
                meth a:indices r:5 i:3
                mkslice i:1 n s:41
                eq r:5 r:5
                getslice s:68656c6c6f n n i:-2
                call c:slice i:3
                call c:slice
                unpack r:0 i:2
                unpack e:tuple i:3
                unpack s:616263 i:3
                unpack i:5 i:2
                unpack r:1 i:3
                """);
    }

    static List<String> dicts() {
        return lines("""
                = 0 dict i:1 i:2 i:3 i:4
                delitem r:0 i:1
                setitem r:0 i:1 i:9
                repr r:0
                meth a:popitem r:0
                repr r:0
                getitem r:0 i:7
                getitem r:0 s:41
                = 9 tuple i:1 s:41
                getitem r:0 r:9
                getitem r:0 e:list
                setitem r:0 e:list i:1
                setitem r:0 f:4008000000000000 s:78
                setitem r:0 b:1 s:74
                repr r:0
                contains i:1 r:0
                contains i:3 r:0
                contains e:list r:0
                len r:0
                meth a:get r:0 i:3
                meth a:get r:0 i:8
                meth a:get r:0 i:8 i:0
                meth a:setdefault r:0 i:8 i:0
                meth a:setdefault r:0 i:8 i:1
                meth a:setdefault r:0 i:9
                meth a:pop r:0 i:9
                meth a:pop r:0 i:9
                meth a:pop r:0 i:9 s:64
                repr r:0
                iter r:0
                = 1 meth a:keys r:0
                = 2 meth a:values r:0
                = 3 meth a:items r:0
                iter r:1
                iter r:2
                iter r:3
                len r:3
                contains i:3 r:1
                = 9 tuple i:3 s:78
                contains r:9 r:3
                = 9 tuple i:3 i:0
                contains r:9 r:3
                contains i:3 r:3
                : 9 call c:reversed r:0
                iter r:9
                call c:list r:1
                : 9 call c:reversed r:3
                iter r:9
                call c:list r:2
                = 4 meth a:copy r:0
                eq r:0 r:4
                setitem r:4 i:3 s:79
                eq r:0 r:4
                ne r:0 r:4
                lt r:0 r:4
                or r:0 r:4
                or r:0 e:list
                meth a:update r:4 e:list
                = 9 dict s:61 i:1
                meth a:update r:4 r:9
                : 9 call c:zip s:7879 s:7172
                meth a:update r:4 r:9
                = 9 tuple i:1
                = 9 list r:9
                meth a:update r:4 r:9
                = 9 list i:5
                meth a:update r:4 r:9
                meth a:update r:4 i:5
                repr r:4
                meth a:clear r:4
                repr r:4
                meth a:popitem r:4
                call c:dict
                call c:dict w:a i:1 w:b i:2
                call c:dict r:0 w:z i:0
                call c:dict i:1
                = 9 list i:1 i:2
                call c:dict r:9
                call t:dict i:1 i:2
                = 5 dict s:61 i:1
                setitem r:5 s:62 r:5
                repr r:5
                str r:5
                delitem r:5 s:62
                hash r:5
                truth r:5
                truth e:dict
                = 6 dict i:1 i:1 f:3ff0000000000000 i:2 b:1 i:3
                repr r:6
                = 6 dict i:1 i:1 i:2 i:2 i:3 i:3 i:4 i:4 i:5 i:5 i:6 i:6 i:7 i:7 i:8 i:8
                delitem r:6 i:4
                delitem r:6 i:1
                setitem r:6 i:9 i:9
                setitem r:6 i:1 i:1
                setitem r:6 i:10 i:10
                setitem r:6 i:11 i:11
                repr r:6
                meth a:popitem r:6
                meth a:popitem r:6
                setitem r:6 i:12 i:12
                iter r:6
                # popitem + insert cycles must keep resizing (the popped entries leave dummies in the index)
                : 7 dict
                setitem r:7 i:1 i:1
                meth a:popitem r:7
                setitem r:7 i:2 i:2
                meth a:popitem r:7
                setitem r:7 i:3 i:3
                meth a:popitem r:7
                setitem r:7 i:4 i:4
                meth a:popitem r:7
                setitem r:7 i:5 i:5
                meth a:popitem r:7
                setitem r:7 i:6 i:6
                meth a:popitem r:7
                setitem r:7 i:7 i:7
                meth a:popitem r:7
                setitem r:7 i:8 i:8
                meth a:popitem r:7
                setitem r:7 i:9 i:9
                meth a:popitem r:7
                setitem r:7 i:10 i:10
                meth a:popitem r:7
                setitem r:7 i:11 i:11
                meth a:popitem r:7
                setitem r:7 i:12 i:12
                meth a:popitem r:7
                setitem r:7 i:13 i:13
                meth a:popitem r:7
                setitem r:7 i:14 i:14
                meth a:popitem r:7
                setitem r:7 i:15 i:15
                meth a:popitem r:7
                setitem r:7 i:16 i:16
                meth a:popitem r:7
                setitem r:7 i:17 i:17
                meth a:popitem r:7
                setitem r:7 i:18 i:18
                meth a:popitem r:7
                setitem r:7 i:19 i:19
                meth a:popitem r:7
                setitem r:7 i:20 i:20
                meth a:popitem r:7
                setitem r:7 i:21 i:21
                meth a:popitem r:7
                setitem r:7 i:22 i:22
                meth a:popitem r:7
                setitem r:7 i:23 i:23
                meth a:popitem r:7
                setitem r:7 i:24 i:24
                meth a:popitem r:7
                setitem r:7 s:61 i:0
                repr r:7
                """);
    }

    static List<String> sets() {
        return lines("""
                = 0 set i:1 i:9 i:17 i:33 i:8
                iter r:0
                meth a:discard r:0 i:9
                meth a:add r:0 i:25
                repr r:0
                meth a:remove r:0 i:100
                meth a:remove r:0 e:list
                meth a:add r:0 e:list
                contains e:list r:0
                contains i:1 r:0
                contains f:3ff0000000000000 r:0
                contains e:set r:0
                meth a:pop r:0
                meth a:pop r:0
                repr r:0
                set
                frozenset
                frozenset i:1 i:2
                frozenset i:-1 i:-2 s:41
                hash e:frozenset
                = 9 frozenset i:1 i:2 i:3
                hash r:9
                = 9 frozenset s:61 s:62
                hash r:9
                = 9 frozenset r:9 i:5
                hash r:9
                hash r:0
                = 1 set i:1 i:2 i:3 i:4 i:5 i:6 i:7 i:8 i:9 i:10 i:11 i:12 i:100 i:1000 i:-5 i:1024
                = 2 set i:5 i:6 i:7 i:99 i:1024 i:2048 i:-1 i:-2
                or r:1 r:2
                and r:1 r:2
                sub r:1 r:2
                xor r:1 r:2
                or r:2 r:1
                and r:2 r:1
                sub r:2 r:1
                xor r:2 r:1
                or r:1 e:list
                = 9 list i:77 i:78 i:5
                meth a:union r:1 r:9
                meth a:intersection r:1 r:9
                meth a:difference r:1 r:9
                meth a:symmetric_difference r:1 r:9
                meth a:isdisjoint r:1 r:9
                meth a:issuperset r:1 r:9
                = 9 dict i:5 i:6 i:1000 i:0
                meth a:difference r:1 r:9
                meth a:symmetric_difference r:1 r:9
                meth a:intersection r:1 r:9
                meth a:issubset r:2 r:1
                = 9 set i:5
                meth a:issubset r:9 r:1
                meth a:issuperset r:1 r:1
                meth a:isdisjoint r:1 r:2
                lt r:9 r:1
                le r:1 r:1
                gt r:1 r:2
                ge r:1 e:set
                eq r:1 r:1
                = 8 frozenset i:5
                eq r:9 r:8
                ne r:9 r:8
                eq r:9 e:list
                = 3 meth a:copy r:1
                ior r:3 r:2
                = 9 set i:1 i:5 i:2048 i:3
                iand r:3 r:9
                = 9 set i:5
                isub r:3 r:9
                = 9 set i:1 i:3 i:77
                ixor r:3 r:9
                ior r:3 e:list
                = 9 list i:40 i:41 i:42 i:43 i:44 i:45 i:46 i:47 i:48 i:49 i:50
                meth a:update r:3 r:9
                iter r:3
                meth a:intersection_update r:3 r:1
                meth a:difference_update r:3 r:9
                meth a:symmetric_difference_update r:3 r:9
                repr r:3
                meth a:clear r:3
                repr r:3
                set s:61 s:62 s:63 s:64 s:65 s:6162 s:68656c6c6f s:c3a9 s:e282ac
                frozenset s:61 s:62 s:63 s:64 s:65 s:6162 s:68656c6c6f
                set f:3ff8000000000000 f:4004000000000000 i:1 b:1 f:3ff0000000000000 f:0000000000000000 i:0
                # (None is left out: CPython 3.11 hashes None by address, 3.12 and Molt by a constant)
                = 9 tuple i:1 i:2
                = 8 tuple i:2 i:1
                set r:9 r:8 e:tuple
                call c:set s:6d697373697373697070692072697665722062616e6b73
                call c:frozenset r:1
                call c:set r:1 r:2
                call c:set i:5
                = 4 call c:set r:1
                : 9 call c:range i:0 i:90
                meth a:difference_update r:4 r:9
                : 9 call c:range i:200 i:230
                meth a:update r:4 r:9
                iter r:4
                : 9 call c:range i:100
                = 4 call c:set r:9
                meth a:pop r:4
                meth a:pop r:4
                meth a:add r:4 i:1
                : 9 call c:range i:0 i:90
                meth a:difference_update r:4 r:9
                iter r:4
                """);
    }

    static List<String> iterators() {
        return lines("""
                = 0 list i:1 i:2 i:3
                : 9 call c:enumerate r:0
                iter r:9
                : 9 call c:enumerate r:0 i:10
                iter r:9
                : 9 call c:enumerate r:0 w:start i:-1
                iter r:9
                call c:enumerate r:0 s:41
                call c:enumerate
                : 9 call c:zip r:0 s:616263
                iter r:9
                : 9 call c:zip r:0 s:61
                iter r:9
                : 9 call c:zip
                iter r:9
                : 9 call c:zip r:0 s:616263 w:strict b:1
                iter r:9
                : 9 call c:zip r:0 s:61 w:strict b:1
                iter r:9
                : 9 call c:zip s:61 r:0 w:strict b:1
                iter r:9
                : 9 call c:zip r:0 r:0 s:61 w:strict b:1
                iter r:9
                call c:zip r:0 i:1
                = 8 list i:-1 i:2 i:-3
                : 9 call c:map c:abs r:8
                iter r:9
                = 8 list i:2 i:3
                : 9 call c:map c:pow r:0 r:8
                iter r:9
                : 9 call c:map c:len r:0
                iter r:9
                call c:map c:len
                = 8 list i:0 i:1 s: i:2 n
                : 9 call c:filter n r:8
                iter r:9
                = 8 list i:0 i:1 i:-2
                : 9 call c:filter c:abs r:8
                iter r:9
                = 8 list i:0 i:3
                : 9 call c:filter t:bool r:8
                iter r:9
                : 9 call c:reversed r:0
                iter r:9
                : 9 call c:reversed s:616263
                iter r:9
                = 8 tuple i:1 i:2
                : 9 call c:reversed r:8
                iter r:9
                = 8 dict i:1 i:2 i:3 i:4
                : 9 call c:reversed r:8
                iter r:9
                call c:reversed e:set
                call c:reversed i:1
                iter s:c3a96162
                iter i:5
                : 1 call c:iter r:0
                call c:next r:1
                call c:next r:1
                call c:next r:1
                call c:next r:1
                call c:next r:1 s:64
                call c:next r:0
                = 8 dict i:1 i:2
                : 2 call c:iter r:8
                call c:next r:2
                call c:next r:2
                iter r:1
                call c:iter
                call c:iter i:1
                call c:next
                """);
    }

    static List<String> calls() {
        return lines("""
                call c:f_pos i:1 i:2
                call c:f_pos i:1 w:b i:2
                call c:f_pos w:b i:2 w:a i:1
                call c:f_pos i:1
                call c:f_pos
                call c:f_pos i:1 i:2 i:3
                call c:f_pos i:1 w:a i:2
                call c:f_pos w:q i:2
                call c:f_pos i:1 i:2 w:q i:2
                call c:f_def
                call c:f_def i:1
                call c:f_def i:1 w:c i:9
                call c:f_def i:1 i:2 i:3 i:4
                call c:f_def i:1 i:2 i:3 i:4 i:5
                call c:f_def w:b i:1 w:c i:2
                call c:f_star
                call c:f_star i:1
                call c:f_star i:1 i:2 i:3 w:x i:4 w:y i:5
                call c:f_star i:1 w:a i:2
                call c:f_star w:a i:1 w:args i:2
                call c:f_kwonly i:1 w:b i:2
                call c:f_kwonly i:1 w:b i:2 w:c i:3
                call c:f_kwonly i:1 i:2
                call c:f_kwonly i:1 i:2 w:b i:3
                call c:f_kwonly i:1 i:2 i:3 w:b i:3 w:c i:1
                call c:f_kwonly i:1
                call c:f_kwonly
                call c:f_posonly i:1 i:2 i:3
                call c:f_posonly i:1 i:2 w:c i:3
                call c:f_posonly i:1 w:b i:2 w:c i:3
                call c:f_posonly w:a i:1 w:b i:2 w:c i:3
                call c:f_posonly i:1
                call c:f_all i:1 w:d i:2
                call c:f_all i:1 i:2 i:3 i:4 w:d i:2 w:z i:7
                call c:f_all i:1 w:b i:5 w:d i:0
                call c:f_all w:a i:1
                call c:f_all
                call c:f_all i:1
                call c:f_noargs
                call c:f_noargs i:1
                call c:f_noargs w:x i:1
                bound c:f_pos i:1 i:2
                bound c:f_pos i:1 w:b i:7
                bound c:f_pos i:1
                bound c:f_star i:1 i:2 w:k i:3
                = 9 list i:1
                call c:rec
                call c:f_pos i:1 i:2
                closure i:5 i:6
                closure s:61 s:62
                closure i:5 s:62
                call i:5
                call c:len r:9
                call c:len
                call c:len i:1 i:2
                call c:len e:list w:x i:1
                call c:len i:5
                """);
    }

    static List<String> builtins() {
        return lines("""
                = 0 list i:3 i:-1 i:2 i:-5 i:0
                call c:sorted r:0
                call c:sorted r:0 w:key c:abs
                call c:sorted r:0 w:reverse b:1
                call c:sorted r:0 w:key c:abs w:reverse b:1
                call c:sorted
                call c:sorted r:0 n
                call c:sorted r:0 w:x i:1
                call c:sorted s:63616261
                call c:max r:0
                call c:min r:0
                call c:max i:1 i:5 i:3
                call c:min i:1 i:5 i:3 w:key c:abs
                call c:max r:0 w:key c:abs
                call c:min e:list
                call c:max e:list
                call c:max e:list w:default i:7
                call c:max i:1 i:2 w:default i:7
                call c:min
                call c:min i:1
                call c:max r:0 w:x i:1
                = 9 list s:61 s:62 f:3ff0000000000000
                call c:max r:9
                call c:sum r:0
                call c:sum r:0 i:10
                call c:sum r:0 w:start f:3ff0000000000000
                = 8 list i:1
                = 9 list r:8 r:8 e:list
                call c:sum r:9 e:list
                = 9 list s:61 s:62
                call c:sum r:9
                call c:sum r:9 s:
                call c:sum
                call c:any r:0
                call c:all r:0
                call c:any e:list
                call c:all e:list
                = 9 list i:0 n s:
                call c:any r:9
                call c:all r:9
                call c:any i:1
                call c:abs i:-5
                call c:abs f:c004000000000000
                call c:abs s:61
                call c:abs
                call c:len s:c3a961
                = 9 list s:61 n
                call c:repr r:9
                call c:hash i:-1
                call c:hash s:61
                call c:hash e:list
                call c:ord s:61
                call c:ord s:e282ac
                call c:ord s:f09f9880
                call c:ord s:6162
                call c:ord i:1
                call c:chr i:97
                call c:chr i:8364
                call c:chr i:1114112
                call c:chr i:-1
                call c:chr s:61
                call c:round f:4004000000000000
                call c:round f:4004000000000000 i:1
                call c:round i:1234 i:-2
                call c:round w:number f:4004000000000000 w:ndigits i:0
                call c:round
                call c:round s:61
                call c:divmod i:7 i:-2
                call c:divmod f:401c000000000000 i:2
                call c:divmod i:1
                call c:pow i:2 i:10
                call c:pow i:2 i:10 i:1000
                call c:pow i:2 w:exp i:3
                call c:pow i:1
                call c:isinstance i:1 t:int
                call c:isinstance b:1 t:int
                = 9 tuple t:str t:float
                call c:isinstance i:1 r:9
                = 9 tuple t:str t:int
                call c:isinstance i:1 r:9
                call c:isinstance i:1 i:2
                call c:isinstance e:list t:object
                call c:issubclass t:bool t:int
                call c:issubclass t:KeyError t:LookupError
                = 9 tuple t:str
                call c:issubclass t:int r:9
                call c:issubclass i:1 t:int
                call c:callable c:len
                call c:callable t:int
                call c:callable i:1
                call c:callable c:f_pos
                call c:int
                call c:int s:3132
                call c:int s:6666 i:16
                call c:int s:6666 w:base i:16
                call c:int f:4004000000000000
                call c:int b:1
                call c:int n
                call c:int i:1 i:2
                call c:int s:35 w:x i:1
                call c:int i:1 i:2 i:3
                call c:int s:31 i:99
                call c:float
                call c:float s:312e35
                call c:float i:3
                call c:float e:list
                call c:str
                call c:str s:61
                call c:bool
                call c:bool e:list
                call c:bool i:1 i:2
                call c:bool w:x i:1
                call c:type i:1
                call c:type e:list
                call c:type i:1 i:2
                call c:frozenset i:1
                call c:print s:61 i:1 w:sep s:2d w:end s:210a
                """);
    }

    /** Classes (the twins in rt_driver.c and rt_oracle.py): dunders, descriptors, super, MRO, user exceptions. */
    static List<String> classes() {
        return lines("""
                = 0 call c:Point i:1 i:2
                repr r:0
                str r:0
                = 1 call c:Point i:3 i:4
                add r:0 r:1
                eq r:0 r:1
                ne r:0 r:1
                eq r:0 r:0
                = 2 call c:Point i:1 i:2
                eq r:0 r:2
                ne r:0 r:2
                eq r:0 i:1
                lt r:0 r:1
                hash r:0
                len r:0
                getitem r:0 i:1
                iter r:0
                contains i:2 r:0
                truth r:0
                call c:sum r:9
                add r:0 i:1
                getattr r:0 a:x
                getattr r:0 a:zz
                setattr r:0 a:zz i:5
                getattr r:0 a:zz
                hasattr r:0 a:zz
                delattr r:0 a:zz
                delattr r:0 a:zz
                hasattr r:0 a:zz
                getattr c:Point a:zz
                call c:Point i:1
                call c:A i:1
                : 3 call c:Base
                getattr r:3 a:x
                getattr r:3 a:prop
                setattr r:3 a:prop i:1
                getattr r:3 a:kind
                getattr c:Base a:kind
                call c:Base i:1 i:2
                : 4 call c:Derived i:7
                getattr r:4 a:prop
                : 5 getattr r:4 a:who
                call r:5
                : 5 getattr r:4 a:smeth
                call r:5 i:21
                : 5 getattr c:Derived a:cm
                call r:5
                : 5 getattr r:4 a:cm
                call r:5
                getattr c:D a:__mro__
                mkclass a:E c:A c:B
                mkclass a:F c:B c:A
                mkclass a:G c:A c:A
                = 6 call c:MyError s:6f6f7073
                repr r:6
                str r:6
                catch r:6 t:ValueError
                catch r:6 t:KeyError
                catch r:6 c:MyError
                = 7 call c:MyKeyError s:6b
                repr r:7
                str r:7
                getattr r:7 a:k
                getattr r:7 a:args
                catch r:7 t:LookupError
                call c:isinstance r:7 t:KeyError
                call c:issubclass c:D c:A
                call c:issubclass c:A c:D
                call c:isinstance r:4 c:Base
                : 8 call c:Counter i:3
                iter r:8
                iter r:8
                : 8 call c:Counter i:4
                call c:list r:8
                : 8 call c:Counter i:4
                call c:sum r:8
                call c:type r:0
                = 9 list r:0 r:1
                call c:sum r:9
                iadd r:9 s:6162
                iadd r:0 r:1
                repr r:0
                mkclass a:I t:object t:object
                mkclass a:J t:ValueError t:KeyError
                mkclass a:K t:Exception c:A
                getattr t:int a:zz
                setattr t:int a:zz i:1
                setattr i:1 a:zz i:1
                getattr i:1 a:zz
                getattr c:Point i:1
                delattr c:B a:nope
                : 8 call c:Point i:5 i:6
                : 9 call c:iter r:8
                call c:next r:9
                call c:next r:9
                call c:next r:9
                call c:next r:9 s:64
                call c:max r:8
                call c:sorted r:8 w:reverse b:1
                """);
    }

    /** str methods that produce or consume lists. */
    static List<String> strSplitJoin() {
        return lines("""
                meth a:split s:2020612062202063202020
                meth a:split s:2020612062202063202020 n i:1
                meth a:split s:2020612062202063202020 n i:0
                meth a:rsplit s:2020612062202063202020 n i:1
                meth a:rsplit s:2020612062202063202020
                meth a:split s:
                meth a:split s:202020
                meth a:split s:612c622c2c63 s:2c
                meth a:split s:612c622c2c63 s:2c i:1
                meth a:rsplit s:612c622c2c63 s:2c i:1
                meth a:split s:616161 s:6161
                meth a:rsplit s:616161 s:6161
                meth a:split s:61 s:
                meth a:split s:61 i:1
                meth a:split s:c3a92020e282acc2a0e28083f09f9880 n
                meth a:split s:c3a9e282acc3a9e282ac s:e282ac
                meth a:split s:612062 n i:-1
                meth a:splitlines s:610a620d0a630d64e280a865
                meth a:splitlines s:610a620d0a630d64e280a865 b:1
                meth a:splitlines s:0a0a
                meth a:splitlines s:
                meth a:splitlines s:610b620c631c64c28565
                = 0 list s:61 s:c3a9 s:
                meth a:join s:2c20 r:0
                meth a:join s: r:0
                = 1 list s:61 i:1
                meth a:join s:2d r:1
                meth a:join s:2d i:5
                meth a:join s:2d s:616263
                = 2 dict s:78 i:1 s:79 i:2
                meth a:join s:2b r:2
                call c:getattr c:Base a:kind
                call c:getattr c:Base a:nope i:0
                call c:getattr c:Base a:nope
                call c:hasattr c:Base a:kind
                call c:getattr c:Base i:1
                : 3 call c:Base i:4
                call c:setattr r:3 a:y i:5
                call c:getattr r:3 a:y
                call c:delattr r:3 a:y
                call c:hasattr r:3 a:y
                """);
    }

    /** str.format: numbering, keywords, attribute and index fields, conversions, nested specs, errors. */
    static List<String> strFormat() {
        return lines("""
                = 0 list i:10 i:20
                = 1 dict s:61 i:5
                : 2 call c:Base i:4
                meth a:format s:7b7d20616e64207b7d i:1 s:78
                meth a:format s:7b317d7b307d7b317d i:1 i:2
                meth a:format s:7b787d2d7b7921727d w:x i:1 w:y s:61
                meth a:format s:7b305b315d7d r:0
                meth a:format s:7b305b615d7d r:1
                meth a:format s:7b302e787d r:2
                meth a:format s:7b3a3e7b7d7d i:7 i:5
                meth a:format s:7b3a7b7d7b7d7d f:400921fb54442d18 s:2e i:3
                meth a:format s:7b21723a3e387d s:6869
                meth a:format s:7b21617d s:c3a9e282acf09f9880
                meth a:format s:7b21737d r:0
                meth a:format s:7b7b7d7d7b7b7b7d7d7d i:1
                meth a:format s:7b3a30382e33667d f:400921fb54442d18
                meth a:format s:7b3a2c7d i:1234567
                meth a:format s:7b3a787d i:255
                meth a:format s:7b307d7b7d i:1
                meth a:format s:7b7d7b307d i:1
                meth a:format s:7b327d i:1
                meth a:format s:7b617d i:1
                meth a:format s:7d
                meth a:format s:7b
                meth a:format s:7b30 i:1
                meth a:format s:7b21787d i:1
                meth a:format s:7b2172727d i:1
                meth a:format s:7b2e7d i:1
                meth a:format s:7b3a7b3a7b7d7d7d i:1 i:2 i:3
                meth a:format s:7b3a647d s:61
                meth a:format s:7b302e7a7a7d r:2
                meth a:format s:7b305b355d7d r:0
                meth a:format s:7b3a7b7d i:1 i:2
                """);
    }

    /** Methods of builtin types reached as attributes (bound builtin methods) and their argument errors. */
    static List<String> builtinMethods() {
        return lines("""
                = 0 list i:3 i:1 i:2
                mcall r:0 a:append i:5
                mcall r:0 a:append
                mcall r:0 a:append w:x i:1
                mcall r:0 a:copy i:1
                mcall r:0 a:pop i:1 i:2
                mcall r:0 a:insert i:1
                mcall r:0 a:insert i:0 i:9
                mcall r:0 a:index
                mcall r:0 a:index i:9
                mcall r:0 a:sort i:1
                mcall r:0 a:sort w:key c:abs w:reverse b:1
                mcall r:0 a:pop w:x i:1
                repr r:0
                mcall r:0 a:nope
                mcall r:0 a:count i:1
                mcall r:0 a:reverse
                repr r:0
                mcall r:0 a:clear
                repr r:0
                = 1 dict s:61 i:1
                mcall r:1 a:get s:61
                mcall r:1 a:get s:62
                mcall r:1 a:get s:62 i:0
                mcall r:1 a:get
                mcall r:1 a:get w:x i:1
                mcall r:1 a:pop s:7a
                mcall r:1 a:pop s:7a i:0
                mcall r:1 a:pop
                mcall r:1 a:setdefault s:62 i:2
                mcall r:1 a:update i:1 i:2
                mcall r:1 a:keys
                mcall r:1 a:items
                mcall r:1 a:keys i:1
                mcall r:1 a:update
                repr r:1
                = 2 set i:1 i:2
                mcall r:2 a:add
                mcall r:2 a:add i:9
                mcall r:2 a:add w:x i:1
                mcall r:2 a:union r:0
                mcall r:2 a:issubset r:2
                repr r:2
                = 3 frozenset i:1
                mcall r:3 a:add i:1
                mcall r:3 a:union r:2
                = 4 tuple i:1 i:2 i:1
                mcall r:4 a:count i:1
                mcall r:4 a:count
                mcall r:4 a:index i:2
                mcall s:612c622c63 a:split s:2c
                mcall s:2061206220 a:split w:maxsplit i:1
                mcall s:610a62 a:splitlines w:keepends b:1
                mcall s:612062 a:split w:x i:1
                mcall s:612062 a:split i:1 i:2 i:3
                mcall s:2d a:join r:9
                mcall s:616263 a:find
                mcall s:616263 a:find s:63
                mcall s:616263 a:upper
                mcall s:616263 a:upper i:1
                mcall s:616263 a:strip i:1 i:2
                mcall s:61626362 a:replace s:62 s:58 i:1
                mcall s:616263 a:replace s:61
                mcall s:7b307d2d7b787d a:format i:1 w:x i:2
                mcall s:61 a:startswith
                mcall s:4162 a:swapcase
                mcall s:78 a:center i:5 s:2a
                mcall s:78 a:nope
                = 9 list s:70 s:71
                mcall s:2d a:join r:9
                """);
    }
}
