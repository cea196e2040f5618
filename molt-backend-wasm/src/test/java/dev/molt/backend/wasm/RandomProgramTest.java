package dev.molt.backend.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.ir.Block;
import dev.molt.ir.Module;
import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import dev.molt.ir.Value;
import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.builder.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random structured programs (assignments, nested if/else, nested counted loops with break, early returns) over
 * three i64 variables are built as IR with the FunctionBuilder, lowered with the stackifier, run under node, and
 * compared with a Java interpreter of the same program.
 */
class RandomProgramTest {
    sealed interface Expr permits Const, Var, Bin {
    }

    record Const(long value) implements Expr {
    }

    record Var(int index) implements Expr {
    }

    record Bin(String op, Expr left, Expr right) implements Expr {
    }

    record Cond(String op, Expr left, Expr right, boolean negate) {
    }

    sealed interface Stmt permits Assign, If, Loop, Break, Return {
    }

    record Assign(int var, Expr value) implements Stmt {
    }

    record If(Cond cond, List<Stmt> then, List<Stmt> orElse) implements Stmt {
    }

    record Loop(int count, List<Stmt> body) implements Stmt {
    }

    record Break(Cond cond) implements Stmt {
    }

    record Return(Expr value) implements Stmt {
    }

    static final List<String> OPS = List.of("add", "sub", "mul", "and", "or", "xor", "floordiv", "mod", "shl", "shr");
    static final List<String> CMPS = List.of("eq", "ne", "lt", "le", "gt", "ge");

    /** Generates programs from a seed. */
    static final class Gen {
        final Random rnd;
        int budget = 40;

        Gen(long seed) {
            rnd = new Random(seed);
        }

        Expr expr(int depth) {
            int c = depth <= 0 ? rnd.nextInt(2) : rnd.nextInt(5);
            return switch (c) {
                case 0 -> new Const(rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(21) - 10);
                case 1 -> new Var(rnd.nextInt(3));
                default -> {
                    String op = OPS.get(rnd.nextInt(OPS.size()));
                    Expr right = switch (op) {
                        // divisors: nonzero and not -1 (the IR's precondition excludes MIN // -1)
                        case "floordiv", "mod" -> new Const(rnd.nextBoolean() ? 2 + rnd.nextInt(6) : -2 - rnd.nextInt(6));
                        case "shl", "shr" -> new Const(rnd.nextInt(64));
                        default -> expr(depth - 1);
                    };
                    yield new Bin(op, expr(depth - 1), right);
                }
            };
        }

        Cond cond() {
            return new Cond(CMPS.get(rnd.nextInt(CMPS.size())), expr(1), expr(1), rnd.nextInt(4) == 0);
        }

        List<Stmt> block(int depth, boolean inLoop) {
            List<Stmt> out = new ArrayList<>();
            int n = 1 + rnd.nextInt(depth >= 3 ? 4 : 3);
            for (int i = 0; i < n && budget-- > 0; i++) {
                int c = depth <= 0 ? 0 : rnd.nextInt(10);
                if (c <= 2) {
                    out.add(new Assign(rnd.nextInt(3), expr(2)));
                } else if (c <= 5) {
                    out.add(new If(cond(), block(depth - 1, inLoop), rnd.nextBoolean() ? block(depth - 1, inLoop) : List.of()));
                } else if (c <= 7) {
                    out.add(new Loop(rnd.nextInt(5), block(depth - 1, true)));
                } else if (c == 8 && inLoop) {
                    out.add(new Break(cond()));
                } else if (c == 9 && rnd.nextInt(3) == 0) {
                    out.add(new Return(expr(1)));
                    return out;
                }
            }
            return out;
        }
    }

    // ---- the Java interpreter ----

    static final class BreakSignal extends RuntimeException {
        BreakSignal() {
            super(null, null, false, false);
        }
    }

    static final class ReturnSignal extends RuntimeException {
        final long value;

        ReturnSignal(long value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    static long eval(Expr e, long[] vars) {
        return switch (e) {
            case Const c -> c.value();
            case Var v -> vars[v.index()];
            case Bin b -> {
                long x = eval(b.left(), vars);
                long y = eval(b.right(), vars);
                yield switch (b.op()) {
                    case "add" -> x + y;
                    case "sub" -> x - y;
                    case "mul" -> x * y;
                    case "and" -> x & y;
                    case "or" -> x | y;
                    case "xor" -> x ^ y;
                    case "floordiv" -> Math.floorDiv(x, y);
                    case "mod" -> Math.floorMod(x, y);
                    case "shl" -> x << y;
                    default -> x >> y;
                };
            }
        };
    }

    static boolean test(Cond c, long[] vars) {
        long x = eval(c.left(), vars);
        long y = eval(c.right(), vars);
        boolean r = switch (c.op()) {
            case "eq" -> x == y;
            case "ne" -> x != y;
            case "lt" -> x < y;
            case "le" -> x <= y;
            case "gt" -> x > y;
            default -> x >= y;
        };
        return r != c.negate();
    }

    static void exec(List<Stmt> stmts, long[] vars) {
        for (Stmt s : stmts) {
            switch (s) {
                case Assign a -> vars[a.var()] = eval(a.value(), vars);
                case If i -> exec(test(i.cond(), vars) ? i.then() : i.orElse(), vars);
                case Loop l -> {
                    try {
                        for (int k = 0; k < l.count(); k++) {
                            exec(l.body(), vars);
                        }
                    } catch (BreakSignal b) {
                        // leaves the innermost loop
                    }
                }
                case Break b -> {
                    if (test(b.cond(), vars)) {
                        throw new BreakSignal();
                    }
                }
                case Return r -> throw new ReturnSignal(eval(r.value(), vars));
            }
        }
    }

    static long run(List<Stmt> program, long a, long b) {
        long[] vars = {a, b, 0};
        try {
            exec(program, vars);
        } catch (ReturnSignal r) {
            return r.value;
        }
        return vars[0] ^ vars[1] ^ vars[2];
    }

    // ---- the IR builder ----

    static final class Lower {
        final FunctionBuilder b;
        final Variable[] vars = new Variable[3];
        final List<Block> loopExits = new ArrayList<>();

        Lower(FunctionBuilder b) {
            this.b = b;
            for (int i = 0; i < 3; i++) {
                vars[i] = b.declareVar(Type.I64);
            }
            b.defVar(vars[0], b.param(0));
            b.defVar(vars[1], b.param(1));
            b.defVar(vars[2], b.i64().constant(0));
        }

        Value expr(Expr e) {
            return switch (e) {
                case Const c -> b.i64().constant(c.value());
                case Var v -> b.useVar(vars[v.index()]);
                case Bin bin -> {
                    Value x = expr(bin.left());
                    Value y = expr(bin.right());
                    yield b.i64().op(bin.op(), x, y);
                }
            };
        }

        Value cond(Cond c) {
            Value x = expr(c.left());
            Value y = expr(c.right());
            Value r = b.i64().op(c.op(), x, y);
            return c.negate() ? b.bool().not(r) : r;
        }

        /** Emits statements; returns false when control cannot fall out of the end. */
        boolean stmts(List<Stmt> stmts) {
            for (Stmt s : stmts) {
                switch (s) {
                    case Assign a -> b.defVar(vars[a.var()], expr(a.value()));
                    case If i -> {
                        Block then = b.createBlock();
                        Block orElse = b.createBlock();
                        Block join = b.createBlock();
                        b.cf().condBr(cond(i.cond()), then, orElse);
                        b.switchToBlock(then);
                        boolean t = stmts(i.then());
                        if (t) {
                            b.cf().br(join);
                        }
                        b.switchToBlock(orElse);
                        boolean e = stmts(i.orElse());
                        if (e) {
                            b.cf().br(join);
                        }
                        b.switchToBlock(join);
                        if (!t && !e) {
                            b.cf().unreachable();
                            return false;
                        }
                    }
                    case Loop l -> {
                        Variable k = b.declareVar(Type.I64);
                        b.defVar(k, b.i64().constant(0));
                        Block head = b.createBlock();
                        Block body = b.createBlock();
                        Block exit = b.createBlock();
                        b.cf().br(head);
                        b.switchToBlock(head);
                        b.cf().condBr(b.i64().lt(b.useVar(k), b.i64().constant(l.count())), body, exit);
                        b.switchToBlock(body);
                        loopExits.add(exit);
                        boolean falls = stmts(l.body());
                        loopExits.remove(loopExits.size() - 1);
                        if (falls) {
                            b.defVar(k, b.i64().add(b.useVar(k), b.i64().constant(1)));
                            b.cf().br(head);
                        }
                        b.switchToBlock(exit);
                    }
                    case Break br -> {
                        Block stay = b.createBlock();
                        b.cf().condBr(cond(br.cond()), loopExits.get(loopExits.size() - 1), stay);
                        b.switchToBlock(stay);
                    }
                    case Return r -> {
                        b.cf().ret(expr(r.value()));
                        return false;
                    }
                }
            }
            return true;
        }
    }

    static final long[] ARGS = {0, 1, -1, 7, -13, 100, Long.MAX_VALUE, Long.MIN_VALUE, 123456789, -987654321};

    @Property(tries = 60)
    void randomProgramsComputeWhatJavaComputes(@ForAll long seed) {
        Random argRnd = new Random(seed);
        List<Stmt> program = new Gen(seed).block(3, false);
        String shape = program.toString();
        Statistics.collect(shape.contains("Loop["), shape.contains("If["), shape.contains("Break["), shape.contains("Return["));
        Module ir = new Module("p");
        FunctionBuilder fb = FunctionBuilder.create(ir, "f", new Signature(List.of(Type.I64, Type.I64), List.of(Type.I64)));
        Lower l = new Lower(fb);
        if (l.stmts(program)) {
            Value v = fb.i64().op("xor", fb.i64().op("xor", fb.useVar(l.vars[0]), fb.useVar(l.vars[1])), fb.useVar(l.vars[2]));
            fb.cf().ret(v);
        }
        fb.sealAllBlocks();
        List<String> calls = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long a = ARGS[argRnd.nextInt(ARGS.length)];
            long b = ARGS[argRnd.nextInt(ARGS.length)];
            calls.add("f(" + a + "n, " + b + "n)");
            want.add(Long.toString(run(program, a, b)));
        }
        assertEquals(want, IrToWasmTest.run(ir, calls), () -> program + "\n" + ir);
    }
}
