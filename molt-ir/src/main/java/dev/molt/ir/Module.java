package dev.molt.ir;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A compilation unit: functions and static globals, each by unique symbol name, in insertion order.
 * Text form: optional {@code module @name}, then {@code global} and {@code func} declarations.
 */
public final class Module {
    private final String name;
    private final Map<String, Global> globals = new LinkedHashMap<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();

    /** Creates an empty module; {@code name} may be empty (then the text form has no {@code module} line). */
    public Module(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** The module name ({@code ""} if none). */
    public String name() {
        return name;
    }

    /** Adds {@code f}. @throws IllegalArgumentException if the name is taken or {@code f} is in another module */
    public Function addFunction(Function f) {
        if (f.module() != null) throw new IllegalArgumentException("@" + f.name() + " is already in a module");
        if (functions.containsKey(f.name()) || globals.containsKey(f.name()))
            throw new IllegalArgumentException("duplicate symbol @" + f.name());
        functions.put(f.name(), f);
        f.setModule(this);
        return f;
    }

    /** Removes {@code f}. */
    public void removeFunction(Function f) {
        if (functions.remove(f.name(), f)) f.setModule(null);
    }

    /** The function named {@code n}, or {@code null}. */
    public Function function(String n) {
        return functions.get(n);
    }

    /** The functions in insertion order (read-only view). */
    public Collection<Function> functions() {
        return Collections.unmodifiableCollection(functions.values());
    }

    /** Adds a global. @throws IllegalArgumentException if the name is taken */
    public Global addGlobal(Global g) {
        if (functions.containsKey(g.name()) || globals.containsKey(g.name()))
            throw new IllegalArgumentException("duplicate symbol @" + g.name());
        globals.put(g.name(), g);
        return g;
    }

    /** The global named {@code n}, or {@code null}. */
    public Global global(String n) {
        return globals.get(n);
    }

    /** The globals in insertion order (read-only view). */
    public Collection<Global> globals() {
        return Collections.unmodifiableCollection(globals.values());
    }

    @Override
    public String toString() {
        return dev.molt.ir.text.IrPrinter.print(this);
    }
}
