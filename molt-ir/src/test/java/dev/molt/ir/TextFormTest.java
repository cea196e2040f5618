package dev.molt.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.ir.builder.FunctionBuilder;
import dev.molt.ir.builder.Variable;
import dev.molt.ir.text.IrParseException;
import dev.molt.ir.text.IrParser;
import dev.molt.ir.text.IrPrinter;
import dev.molt.ir.verify.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormTest {
    static final String LOOP = """
            module @m

            global @g : i64

            func @count(obj) -> obj unwind ^bb4 attributes {kind = "plain"} {
            ^bb0(v0: obj):
              v1 = py.iter v0
              v2 = py.const.int {value = 0}
              cf.br ^bb1(v2)
            ^bb1(v3: obj):
              v4, v5 = py.next v1
              cf.cond_br v5, ^bb2(v4), ^bb3
            ^bb2(v6: obj):
              v7 = py.const.int {value = 1}
              v8 = py.add v3, v7 unwind ^bb5(v3)
              v9 = rt.call v8 {callee = @molt_len} : i64
              cf.br ^bb1(v8)
            ^bb3:
              v10 = py.call v0, v3, v3 {kwnames = ["sep"]}
              cf.return v10
            ^bb4(v11: obj):
              cf.raise v11 unwind caller
            ^bb5(v12: obj, v13: obj):
              v14 = py.const.str {value = "a\\"b\\u{e9}\\n"}
              v15 = py.const.bytes {value = b"\\x00z"}
              v16 = py.const.float {value = -inf}
              cf.return v13
            }
            """;

    @Test
    void printParsePrintIsIdentity() {
        Module m = IrParser.parseModule(LOOP);
        String once = IrPrinter.print(m);
        assertEquals(LOOP, once);
        assertEquals(once, IrPrinter.print(IrParser.parseModule(once)));
        assertEquals(List.of(), Verifier.verify(m));
    }

    @Test
    void namesAreCanonicalised() {
        String in = """
                func @f(obj) -> obj {
                ^entry(v10: obj):
                  cf.br ^exit(v10)
                ^exit(v99: obj):
                  cf.return v99
                }
                """;
        String out = IrPrinter.print(IrParser.parseModule(in));
        assertTrue(out.contains("^bb1(v1: obj):"), out);
        assertTrue(out.contains("cf.br ^bb1(v0)"), out);
    }

    @Test
    void parseErrorsHavePositions() {
        IrParseException e = assertThrows(IrParseException.class,
                () -> IrParser.parseModule("func @f() {\n^bb0:\n  v1 = py.nope\n}\n"));
        assertEquals("3:8: unknown op 'py.nope'", e.getMessage());
        e = assertThrows(IrParseException.class,
                () -> IrParser.parseModule("func @f() {\n^bb0:\n  cf.return v7\n}\n"));
        assertEquals("3:13: undefined value v7", e.getMessage());
    }

    @Test
    void builderMakesVerifiedIr() {
        Module m = new Module("");
        FunctionBuilder b = FunctionBuilder.create(m, "add", Signature.pyFunction(2));
        Value s = b.py().add(b.param(0), b.param(1));
        b.cf().ret(s);
        assertEquals(List.of(), Verifier.verify(m));
        assertEquals("""
                func @add(obj, obj) -> obj {
                ^bb0(v0: obj, v1: obj):
                  v2 = py.add v0, v1
                  cf.return v2
                }
                """, IrPrinter.print(m));
        assertEquals("v2", s.toString());
    }

    /** while i < n: i = i + 1 — variables become block parameters; the trivial one for n is removed. */
    @Test
    void ssaConstructionPlacesBlockParams() {
        Module m = new Module("");
        FunctionBuilder b = FunctionBuilder.create(m, "loop", Signature.pyFunction(1));
        Variable i = b.declareVar(Type.OBJ);
        Variable n = b.declareVar(Type.OBJ);
        b.defVar(n, b.param(0));
        b.defVar(i, b.py().constInt(0));
        Block head = b.createBlock(), body = b.createBlock(), exit = b.createBlock();
        b.cf().br(head);
        b.switchToBlock(head);
        Value c = b.py().truthy(b.py().lt(b.useVar(i), b.useVar(n)));
        b.cf().condBr(c, body, exit);
        b.sealBlock(body);
        b.sealBlock(exit);
        b.switchToBlock(body);
        b.defVar(i, b.py().add(b.useVar(i), b.py().constInt(1)));
        b.cf().br(head);
        b.sealBlock(head);
        b.switchToBlock(exit);
        b.cf().ret(b.useVar(i));
        assertEquals(List.of(), Verifier.verify(m));
        assertEquals("""
                func @loop(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.const.int {value = 0}
                  cf.br ^bb1(v1)
                ^bb1(v2: obj):
                  v3 = py.lt v2, v0
                  v4 = py.truthy v3
                  cf.cond_br v4, ^bb2, ^bb3
                ^bb2:
                  v5 = py.const.int {value = 1}
                  v6 = py.add v2, v5
                  cf.br ^bb1(v6)
                ^bb3:
                  cf.return v2
                }
                """, IrPrinter.print(m));
    }

    /** A variable read in a handler gets its value at the raising op, not at the end of the block. */
    @Test
    void ssaReadsUnwindEdgesAtTheRaisingOp() {
        Module m = new Module("");
        FunctionBuilder b = FunctionBuilder.create(m, "f", Signature.pyFunction(1));
        Variable x = b.declareVar(Type.OBJ);
        Block handler = b.createBlock();
        b.appendBlockParam(handler, Type.OBJ);
        b.defVar(x, b.py().constInt(1));
        b.setUnwind(handler);
        b.defVar(x, b.py().add(b.useVar(x), b.param(0)));
        b.clearUnwind();
        b.cf().ret(b.useVar(x));
        b.sealBlock(handler);
        b.switchToBlock(handler);
        b.cf().ret(b.useVar(x));
        assertEquals(List.of(), Verifier.verify(m));
        String text = IrPrinter.print(m);
        // the handler has one predecessor edge, so x is read directly: v1 (before the add), never v2
        assertTrue(text.contains("^bb1(v3: obj):\n  cf.return v1"), text);
    }

    @Test
    void passesCanInsertBeforeAnOp() {
        Function f = IrParser.parseFunction("""
                func @f(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.neg v0
                  cf.return v1
                }
                """, OpRegistry.defaults());
        Op neg = f.entry().ops().get(0);
        FunctionBuilder b = FunctionBuilder.before(neg);
        Value two = b.py().constInt(2);
        neg.setOperand(0, b.py().mul(neg.operand(0), two));
        assertEquals(List.of(), Verifier.verify(f));
        assertEquals("""
                func @f(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.const.int {value = 2}
                  v2 = py.mul v0, v1
                  v3 = py.neg v2
                  cf.return v3
                }
                """, IrPrinter.print(f));
    }

    /** A hand-written inliner: split the caller at the call, clone the callee's body, turn returns into jumps. */
    @Test
    void clonerInlinesAFunction() {
        Module m = IrParser.parseModule("""
                func @main(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.call_direct v0 {callee = @inc} : obj
                  v2 = py.neg v1
                  cf.return v2
                }

                func @inc(obj) -> obj {
                ^bb0(v0: obj):
                  v1 = py.const.int {value = 1}
                  v2 = py.add v0, v1
                  cf.return v2
                }
                """);
        Function main = m.function("main"), inc = m.function("inc");
        Op call = main.entry().ops().get(0);
        Block cont = main.createBlock();
        BlockParam result = cont.addParam(Type.OBJ);
        for (Op op : main.entry().removeFrom(1)) cont.append(op);
        java.util.Map<Value, Value> map = new java.util.IdentityHashMap<>();
        map.put(inc.entry().param(0), call.operand(0));
        var blocks = Cloner.cloneBlocks(inc, main, map);
        Block body = blocks.get(inc.entry());
        body.removeParam(0);
        for (Block b : blocks.values()) {
            Op ret = b.terminator();
            if (ret != null && ret.is("cf.return")) {
                Op br = Op.create(OpRegistry.defaults().get("cf.br"), List.of(), 0);
                br.addSuccessor(cont, List.of(ret.operand(0)));
                ret.dropAllReferences();
                b.remove(ret);
                b.append(br);
            }
        }
        call.result().replaceAllUsesWith(result);
        call.erase();
        Op jump = Op.create(OpRegistry.defaults().get("cf.br"), List.of(), 0);
        jump.addSuccessor(body, List.of());
        main.entry().append(jump);
        assertEquals(List.of(), Verifier.verify(m));
        assertEquals("""
                func @main(obj) -> obj {
                ^bb0(v0: obj):
                  cf.br ^bb2
                ^bb1(v1: obj):
                  v2 = py.neg v1
                  cf.return v2
                ^bb2:
                  v3 = py.const.int {value = 1}
                  v4 = py.add v0, v3
                  cf.br ^bb1(v4)
                }
                """, IrPrinter.print(main));
    }
}
