package dev.molt.frontend.internal.parser;

import dev.molt.frontend.ast.Attribute;
import dev.molt.frontend.ast.Constant;
import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.List;
import dev.molt.frontend.ast.Name;
import dev.molt.frontend.ast.Starred;
import dev.molt.frontend.ast.Subscript;
import dev.molt.frontend.ast.Tuple;
import java.util.ArrayList;

/**
 * Assignment and deletion targets: giving a parsed expression the Store or Del context (CPython
 * 3.12 Parser/action_helpers.c {@code _PyPegen_set_expr_context}) and finding the invalid part of
 * a target for the error message ({@code _PyPegen_get_invalid_target},
 * {@code _PyPegen_get_expr_name}).
 */
final class Targets {
    private Targets() {}

    /** Which statement the target belongs to, as CPython's {@code TARGETS_TYPE}. */
    enum Kind { STAR, FOR, DEL }

    /**
     * {@code e} with context {@code ctx}, or a syntax error naming its invalid part.
     *
     * @throws dev.molt.frontend.PySyntaxError if {@code e} cannot be a target
     */
    static Expr withContext(ParserBase p, Expr e, ExprContext ctx, Kind kind) {
        Expr r = setContext(e, ctx);
        if (r == null) {
            throw invalid(p, e, kind);
        }
        return r;
    }

    /** "cannot assign to X" / "cannot delete X" for the first invalid part of {@code e}. */
    static RuntimeException invalid(ParserBase p, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad == null) {
            return p.fail();
        }
        String msg = (kind == Kind.DEL ? "cannot delete " : "cannot assign to ") + exprName(bad);
        return p.errorAtNode(msg, bad);
    }

    /** {@code e} rebuilt with context {@code ctx}, or null if it is not a valid target. */
    static Expr setContext(Expr e, ExprContext ctx) {
        if (e instanceof Name n) {
            return n.ctx() == ctx ? n : new Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
        }
        if (e instanceof Attribute a) {
            return new Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
        }
        if (e instanceof Subscript s) {
            return new Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        }
        if (e instanceof Starred s) {
            if (ctx == ExprContext.Del) {
                return null;
            }
            Expr v = setContext(s.value(), ctx);
            return v == null ? null : new Starred(v, ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        }
        if (e instanceof Tuple t) {
            java.util.List<Expr> elts = setAll(t.elts(), ctx);
            return elts == null ? null : new Tuple(elts, ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        if (e instanceof List l) {
            java.util.List<Expr> elts = setAll(l.elts(), ctx);
            return elts == null ? null : new List(elts, ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        }
        return null;
    }

    private static java.util.List<Expr> setAll(java.util.List<Expr> elts, ExprContext ctx) {
        java.util.List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr y = setContext(x, ctx);
            if (y == null) {
                return null;
            }
            out.add(y);
        }
        return out;
    }

    /** Whether {@code e} is None, True or False. */
    static boolean isSingletonConstant(Expr e) {
        return e instanceof Constant c && (c.value() == ConstantValue.NoneValue.NONE || c.value() instanceof ConstantValue.Bool);
    }

    /** Whether {@code e} can be the result of CPython's {@code bitwise_or} rule. */
    static boolean bitwiseLevel(Expr e) {
        return !(e instanceof dev.molt.frontend.ast.Compare || e instanceof dev.molt.frontend.ast.BoolOp
                || e instanceof dev.molt.frontend.ast.IfExp || e instanceof dev.molt.frontend.ast.Lambda
                || e instanceof Starred || e instanceof dev.molt.frontend.ast.NamedExpr
                || e instanceof dev.molt.frontend.ast.Yield || e instanceof dev.molt.frontend.ast.YieldFrom
                || e instanceof dev.molt.frontend.ast.UnaryOp u && u.op() == dev.molt.frontend.ast.UnaryOperator.Not);
    }

    /** CPython's {@code _PyPegen_get_invalid_target}. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e == null) {
            return null;
        }
        if (e instanceof List l) {
            for (Expr x : l.elts()) {
                Expr c = invalidTarget(x, kind);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        if (e instanceof Tuple t) {
            for (Expr x : t.elts()) {
                Expr c = invalidTarget(x, kind);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }
        if (e instanceof Starred s) {
            return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
        }
        if (e instanceof dev.molt.frontend.ast.Compare c) {
            if (kind == Kind.FOR) {
                if (c.ops().get(0) == dev.molt.frontend.ast.CmpOperator.In) {
                    return invalidTarget(c.left(), kind);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's {@code _PyPegen_get_expr_name}: how error messages name an expression. */
    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case List l -> "list";
            case Tuple t -> "tuple";
            case dev.molt.frontend.ast.Lambda l -> "lambda";
            case dev.molt.frontend.ast.Call c -> "function call";
            case dev.molt.frontend.ast.BoolOp b -> "expression";
            case dev.molt.frontend.ast.BinOp b -> "expression";
            case dev.molt.frontend.ast.UnaryOp u -> "expression";
            case dev.molt.frontend.ast.GeneratorExp g -> "generator expression";
            case dev.molt.frontend.ast.Yield y -> "yield expression";
            case dev.molt.frontend.ast.YieldFrom y -> "yield expression";
            case dev.molt.frontend.ast.Await a -> "await expression";
            case dev.molt.frontend.ast.ListComp l -> "list comprehension";
            case dev.molt.frontend.ast.SetComp s -> "set comprehension";
            case dev.molt.frontend.ast.DictComp d -> "dict comprehension";
            case dev.molt.frontend.ast.Dict d -> "dict literal";
            case dev.molt.frontend.ast.Set s -> "set display";
            case dev.molt.frontend.ast.JoinedStr j -> "f-string expression";
            case dev.molt.frontend.ast.FormattedValue f -> "f-string expression";
            case Constant c -> constantName(c.value());
            case dev.molt.frontend.ast.Compare c -> "comparison";
            case dev.molt.frontend.ast.IfExp i -> "conditional expression";
            case dev.molt.frontend.ast.NamedExpr ne -> "named expression";
            default -> "expression";
        };
    }

    private static String constantName(ConstantValue v) {
        if (v == ConstantValue.NoneValue.NONE) {
            return "None";
        }
        if (v instanceof ConstantValue.Bool b) {
            return b.value() ? "True" : "False";
        }
        if (v == ConstantValue.EllipsisValue.ELLIPSIS) {
            return "ellipsis";
        }
        return "literal";
    }
}
