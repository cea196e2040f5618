package dev.molt.frontend.scope;

import dev.molt.frontend.ast.ConstantValue;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Node;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds Molt AST records from the JSON form of CPython's {@code ast.parse} result that
 * {@code tools/symtable_oracle.py --ast} prints, so the scope analysis can be tested on CPython's own trees
 * independently of Molt's parser. Record components map to CPython field names by camelCase to snake_case.
 */
final class CPythonAst {
    private CPythonAst() {}

    private record Shape(Constructor<?> ctor, RecordComponent[] components, String[] keys) {}

    private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

    static Module module(Object json) {
        return (Module) node(json);
    }

    private static String javaName(String pyName) {
        return switch (pyName) {
            case "Expr" -> "ExprStmt";
            case "arguments" -> "Arguments";
            case "arg" -> "Arg";
            case "keyword" -> "Keyword";
            case "alias" -> "Alias";
            case "comprehension" -> "Comprehension";
            case "withitem" -> "WithItem";
            case "match_case" -> "MatchCase";
            default -> pyName;
        };
    }

    private static Shape shape(String pyName) {
        return SHAPES.computeIfAbsent(pyName, n -> {
            try {
                Class<?> c = Class.forName("dev.molt.frontend.ast." + javaName(n));
                RecordComponent[] rcs = c.getRecordComponents();
                Class<?>[] types = new Class<?>[rcs.length];
                String[] keys = new String[rcs.length];
                for (int k = 0; k < rcs.length; k++) {
                    types[k] = rcs[k].getType();
                    keys[k] = snake(rcs[k].getName());
                }
                return new Shape(c.getDeclaredConstructor(types), rcs, keys);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no AST record for " + n, e);
            }
        });
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static Node node(Object json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) json;
        Shape sh = shape((String) m.get("_"));
        Object[] args = new Object[sh.components.length];
        for (int k = 0; k < args.length; k++) {
            args[k] = convert(m.get(sh.keys[k]), sh.components[k].getGenericType());
        }
        try {
            return (Node) sh.ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + m.get("_"), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object v, Type type) {
        if (type == int.class) {
            return v == null ? 0 : ((Number) v).intValue();
        }
        if (type == String.class) {
            return v;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            List<Object> out = new ArrayList<>();
            if (v != null) {
                for (Object x : (List<Object>) v) {
                    out.add(convert(x, pt.getActualTypeArguments()[0]));
                }
            }
            return out;
        }
        Class<?> c = (Class<?>) type;
        if (c == ConstantValue.class) {
            if (v instanceof Map<?, ?> mv && mv.get("str") instanceof String s) {
                return new ConstantValue.Str(s);
            }
            return ConstantValue.NoneValue.NONE;
        }
        if (c.isEnum()) {
            return v == null ? null : Enum.valueOf((Class<? extends Enum>) c, (String) v);
        }
        return node(v);
    }
}
