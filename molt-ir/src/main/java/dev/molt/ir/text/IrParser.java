package dev.molt.ir.text;

import dev.molt.ir.Attr;
import dev.molt.ir.Block;
import dev.molt.ir.Function;
import dev.molt.ir.Global;
import dev.molt.ir.Module;
import dev.molt.ir.Op;
import dev.molt.ir.OpDef;
import dev.molt.ir.OpRegistry;
import dev.molt.ir.Signature;
import dev.molt.ir.Type;
import dev.molt.ir.TypeConstraint;
import dev.molt.ir.Value;
import dev.molt.ir.text.internal.Lexer;
import dev.molt.ir.text.internal.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the IR text form (docs/ir.md gives the EBNF) into a {@link Module}. Ops are one per line. Value and
 * block names in the input are labels only (any {@code v<digits>}, any {@code ^name}); uses may precede
 * definitions. Result types may be omitted when the op kind fixes them.
 *
 * <p>The parser checks syntax, names (defined once, every use defined) and that ops and types are known to the
 * {@link OpRegistry}; everything else is the {@link dev.molt.ir.verify.Verifier}'s job, so invalid IR can be
 * parsed and verified.
 */
public final class IrParser {
    private final List<Token> toks;
    private final OpRegistry registry;
    private int p;

    private IrParser(String text, OpRegistry registry) {
        this.toks = Lexer.tokenize(text);
        this.registry = registry;
    }

    /** Parses a module using {@link OpRegistry#defaults()}. @throws IrParseException on the first error */
    public static Module parseModule(String text) {
        return parseModule(text, OpRegistry.defaults());
    }

    /** Parses a module with the ops and types of {@code registry}. @throws IrParseException on the first error */
    public static Module parseModule(String text, OpRegistry registry) {
        return new IrParser(text, registry).module();
    }

    /** Parses a text holding exactly one function. @throws IrParseException on error */
    public static Function parseFunction(String text, OpRegistry registry) {
        Module m = parseModule(text, registry);
        if (m.functions().size() != 1) throw new IrParseException("expected exactly one function", 1, 1);
        return m.functions().iterator().next();
    }

    // ---- syntax records (resolved after each function is read, so uses may come before definitions) ----

    private record PSucc(Token label, List<Token> args) {}

    private record POp(List<Token> results, Token name, OpDef def, List<Token> operands, List<PSucc> succs,
                       Map<String, Attr> attrs, PSucc unwind, boolean unwindCaller, List<Type> types) {}

    private record PBlock(Token label, List<Token> paramNames, List<Type> paramTypes, List<POp> ops) {}

    private Token peek() {
        return toks.get(p);
    }

    private Token next() {
        return toks.get(p++);
    }

    private IrParseException error(Token t, String msg) {
        return new IrParseException(msg, t.line(), t.col());
    }

    private Token expect(String punct) {
        Token t = next();
        if (!t.is(punct)) throw error(t, "expected '" + punct + "' but found " + t.describe());
        return t;
    }

    private Token expect(Token.Kind kind, String what) {
        Token t = next();
        if (t.kind() != kind) throw error(t, "expected " + what + " but found " + t.describe());
        return t;
    }

    private Module module() {
        String name = "";
        if (peek().isIdent("module")) {
            next();
            name = expect(Token.Kind.SYMBOL, "a module name").text();
        }
        Module m = new Module(name);
        while (peek().kind() != Token.Kind.EOF) {
            Token t = next();
            if (t.isIdent("global")) {
                Token n = expect(Token.Kind.SYMBOL, "a global name");
                expect(":");
                Type ty = type();
                if (m.global(n.text()) != null || m.function(n.text()) != null) throw error(n, "duplicate symbol @" + n.text());
                m.addGlobal(new Global(n.text(), ty));
            } else if (t.isIdent("func")) {
                Function f = function();
                if (m.global(f.name()) != null || m.function(f.name()) != null)
                    throw error(t, "duplicate symbol @" + f.name());
                m.addFunction(f);
            } else throw error(t, "expected 'func' or 'global' but found " + t.describe());
        }
        return m;
    }

    private Type type() {
        Token t = expect(Token.Kind.IDENT, "a type");
        Type ty = registry.type(t.text());
        if (ty == null) throw error(t, "unknown type '" + t.text() + "'");
        return ty;
    }

    private List<Type> typeList() {
        List<Type> out = new ArrayList<>();
        expect("(");
        if (!peek().is(")")) {
            do out.add(type());
            while (eat(","));
        }
        expect(")");
        return out;
    }

    private boolean eat(String punct) {
        if (peek().is(punct)) {
            p++;
            return true;
        }
        return false;
    }

    private Function function() {
        Token name = expect(Token.Kind.SYMBOL, "a function name");
        List<Type> params = typeList();
        List<Type> results = new ArrayList<>();
        if (eat("->")) {
            if (peek().is("(")) results = typeList();
            else results.add(type());
        }
        Token unwind = null;
        if (peek().isIdent("unwind")) {
            next();
            unwind = expect(Token.Kind.BLOCK, "a block label");
        }
        Map<String, Attr> fattrs = Map.of();
        if (peek().isIdent("attributes")) {
            next();
            fattrs = attrDict();
        }
        expect("{");
        List<PBlock> blocks = new ArrayList<>();
        while (!peek().is("}")) blocks.add(block());
        expect("}");
        Function f = new Function(name.text(), new Signature(params, results));
        fattrs.forEach(f::setAttr);
        build(f, blocks, unwind);
        return f;
    }

    private PBlock block() {
        Token label = expect(Token.Kind.BLOCK, "a block label");
        List<Token> names = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        if (eat("(")) {
            if (!peek().is(")")) {
                do {
                    Token v = next();
                    if (!v.isValue()) throw error(v, "expected a value name but found " + v.describe());
                    names.add(v);
                    expect(":");
                    types.add(type());
                } while (eat(","));
            }
            expect(")");
        }
        expect(":");
        List<POp> ops = new ArrayList<>();
        while (!peek().is("}") && peek().kind() != Token.Kind.BLOCK && peek().kind() != Token.Kind.EOF) ops.add(op());
        return new PBlock(label, names, types, ops);
    }

    private POp op() {
        List<Token> results = new ArrayList<>();
        if (peek().isValue()) {
            do {
                Token v = next();
                if (!v.isValue()) throw error(v, "expected a value name but found " + v.describe());
                results.add(v);
            } while (eat(","));
            expect("=");
        }
        Token name = expect(Token.Kind.IDENT, "an op name");
        OpDef def = registry.lookup(name.text());
        if (def == null) throw error(name, "unknown op '" + name.text() + "'");
        int line = name.line();
        List<Token> operands = new ArrayList<>();
        List<PSucc> succs = new ArrayList<>();
        if (onLine(line) && (peek().isValue() || peek().kind() == Token.Kind.BLOCK)) {
            do {
                Token t = peek();
                if (t.isValue()) {
                    if (!succs.isEmpty()) throw error(t, "operands must come before successors");
                    operands.add(next());
                } else if (t.kind() == Token.Kind.BLOCK) succs.add(succ());
                else throw error(t, "expected an operand or successor but found " + t.describe());
            } while (onLine(line) && eat(","));
        }
        Map<String, Attr> attrs = Map.of();
        if (onLine(line) && peek().is("{")) attrs = attrDict();
        PSucc unwind = null;
        boolean caller = false;
        if (onLine(line) && peek().isIdent("unwind")) {
            next();
            if (peek().isIdent("caller")) {
                next();
                caller = true;
            } else unwind = succ();
        }
        List<Type> types = null;
        if (onLine(line) && eat(":")) {
            types = new ArrayList<>();
            do types.add(type());
            while (onLine(line) && eat(","));
        }
        if (onLine(line) && !peek().is("}") && peek().kind() != Token.Kind.EOF)
            throw error(peek(), "unexpected " + peek().describe() + " after op " + name.text());
        return new POp(results, name, def, operands, succs, attrs, unwind, caller, types);
    }

    private boolean onLine(int line) {
        return peek().line() == line && peek().kind() != Token.Kind.EOF;
    }

    private PSucc succ() {
        Token label = expect(Token.Kind.BLOCK, "a block label");
        List<Token> args = new ArrayList<>();
        if (peek().is("(") && peek().line() == label.line()) {
            next();
            if (!peek().is(")")) {
                do {
                    Token v = next();
                    if (!v.isValue()) throw error(v, "expected a value name but found " + v.describe());
                    args.add(v);
                } while (eat(","));
            }
            expect(")");
        }
        return new PSucc(label, args);
    }

    private Map<String, Attr> attrDict() {
        expect("{");
        Map<String, Attr> out = new LinkedHashMap<>();
        if (!peek().is("}")) {
            do {
                Token k = expect(Token.Kind.IDENT, "an attribute name");
                expect("=");
                if (out.put(k.text(), attr()) != null) throw error(k, "duplicate attribute '" + k.text() + "'");
            } while (eat(","));
        }
        expect("}");
        return out;
    }

    private Attr attr() {
        Token t = next();
        return switch (t.kind()) {
            case INT -> new Attr.Int(new BigInteger(t.text()));
            case FLOAT -> new Attr.Float(parseFloat(t));
            case STRING -> new Attr.Str(t.text());
            case BYTES -> {
                byte[] b = new byte[t.text().length()];
                for (int i = 0; i < b.length; i++) b[i] = (byte) t.text().charAt(i);
                yield new Attr.Bytes(b);
            }
            case SYMBOL -> new Attr.Symbol(t.text());
            case IDENT -> switch (t.text()) {
                case "true" -> new Attr.Bool(true);
                case "false" -> new Attr.Bool(false);
                case "inf" -> new Attr.Float(Double.POSITIVE_INFINITY);
                case "nan" -> new Attr.Float(Double.NaN);
                default -> throw error(t, "expected an attribute value but found " + t.describe());
            };
            case PUNCT -> {
                if (!t.is("[")) throw error(t, "expected an attribute value but found " + t.describe());
                List<Attr> els = new ArrayList<>();
                if (!peek().is("]")) {
                    do els.add(attr());
                    while (eat(","));
                }
                expect("]");
                yield new Attr.Array(els);
            }
            default -> throw error(t, "expected an attribute value but found " + t.describe());
        };
    }

    private double parseFloat(Token t) {
        return switch (t.text()) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(t.text());
                } catch (NumberFormatException e) {
                    throw error(t, "bad float '" + t.text() + "'");
                }
            }
        };
    }

    // ---- building ----

    private void build(Function f, List<PBlock> pblocks, Token unwindLabel) {
        Map<String, Block> blocks = new HashMap<>();
        Map<String, Value> values = new HashMap<>();
        List<Block> made = new ArrayList<>();
        for (PBlock pb : pblocks) {
            Block b = f.createBlock();
            if (blocks.put(pb.label().text(), b) != null) throw error(pb.label(), "block ^" + pb.label().text() + " is defined twice");
            made.add(b);
            for (int i = 0; i < pb.paramNames().size(); i++)
                define(values, pb.paramNames().get(i), b.addParam(pb.paramTypes().get(i)));
        }
        List<Op> ops = new ArrayList<>();
        for (int bi = 0; bi < pblocks.size(); bi++)
            for (POp po : pblocks.get(bi).ops()) {
                List<Type> types = po.types();
                if (types == null) {
                    types = new ArrayList<>();
                    for (int i = 0; i < po.results().size(); i++) {
                        TypeConstraint c = po.def().result(i);
                        if (c == null) throw error(po.name(), po.def().name() + " has " + resultCount(po.def()) + " but "
                                + po.results().size() + " names are given");
                        if (c.exactType() == null)
                            throw error(po.name(), "result types of " + po.def().name() + " must be spelled (': type')");
                        types.add(c.exactType());
                    }
                } else if (types.size() != po.results().size())
                    throw error(po.name(), po.results().size() + " results but " + types.size() + " types");
                Op op = Op.create(po.def(), List.of(), types);
                made.get(bi).append(op);
                for (int i = 0; i < po.results().size(); i++) define(values, po.results().get(i), op.result(i));
                po.attrs().forEach(op::setAttr);
                ops.add(op);
            }
        int k = 0;
        for (PBlock pb : pblocks)
            for (POp po : pb.ops()) {
                Op op = ops.get(k++);
                List<Value> operands = new ArrayList<>();
                for (Token t : po.operands()) operands.add(use(values, t));
                op.setOperands(operands);
                for (PSucc s : po.succs()) op.addSuccessor(target(blocks, s.label()), args(values, s));
                if (po.unwind() != null) op.setUnwind(target(blocks, po.unwind().label()), args(values, po.unwind()));
                else if (po.unwindCaller()) op.setUnwindToCaller();
            }
        if (unwindLabel != null) f.setDefaultUnwind(target(blocks, unwindLabel));
    }

    private static String resultCount(OpDef d) {
        return d.variadicResults() != null ? "at least " + d.results().size() + " results" : d.results().size() + " results";
    }

    private void define(Map<String, Value> values, Token name, Value v) {
        if (values.put(name.text(), v) != null) throw error(name, "value " + name.text() + " is defined twice");
    }

    private Value use(Map<String, Value> values, Token name) {
        Value v = values.get(name.text());
        if (v == null) throw error(name, "undefined value " + name.text());
        return v;
    }

    private List<Value> args(Map<String, Value> values, PSucc s) {
        List<Value> out = new ArrayList<>();
        for (Token t : s.args()) out.add(use(values, t));
        return out;
    }

    private Block target(Map<String, Block> blocks, Token label) {
        Block b = blocks.get(label.text());
        if (b == null) throw error(label, "undefined block ^" + label.text());
        return b;
    }
}
