package dev.molt.examples;

import dev.molt.frontend.PySyntaxError;
import dev.molt.frontend.PythonParser;
import dev.molt.frontend.SourceFile;
import dev.molt.frontend.ast.AstChildren;
import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.ast.FunctionDef;
import dev.molt.frontend.ast.Module;
import dev.molt.frontend.ast.Node;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * The frontend used as a library: parse a Python file, walk its AST with {@link AstChildren},
 * and count the node kinds.
 *
 * <pre>
 *   java -p ... -m dev.molt.examples/dev.molt.examples.ParseAndDump FILE.py
 * </pre>
 *
 * prints the file's {@code ast.dump} (one line), the names of its top-level functions, then one
 * line per node kind, {@code KIND COUNT}, kinds sorted by name (CPython's class names, such as
 * {@code BinOp} or {@code arguments}). A syntax error is printed as CPython prints it.
 */
public final class ParseAndDump {
    private ParseAndDump() {}

    /**
     * Counts the nodes of a tree by kind.
     *
     * @param root any node
     * @return node kind ({@link Node#nodeName()}) to how many nodes of that kind {@code root}'s
     *     tree holds, the root included; sorted by kind
     */
    public static Map<String, Integer> countNodeKinds(Node root) {
        Map<String, Integer> counts = new TreeMap<>();
        // An explicit stack rather than recursion: deep expressions cannot overflow the Java stack.
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            counts.merge(n.nodeName(), 1, Integer::sum);
            AstChildren.forEach(n, todo::push);
        }
        return counts;
    }

    /**
     * Parses {@code file} and prints its dump, top-level functions and node counts.
     *
     * @param file a Python source file
     * @param out where the report goes
     * @return 0, or 2 for a syntax error (printed to {@code out})
     * @throws IOException if the file cannot be read
     */
    public static int run(Path file, PrintStream out) throws IOException {
        Module module;
        try {
            module = PythonParser.parse(SourceFile.read(file));
        } catch (PySyntaxError e) {
            out.print(e.format());
            return 2;
        }
        out.println(AstDump.dump(module));
        for (var stmt : module.body()) {
            if (stmt instanceof FunctionDef f) {
                out.println("def " + f.name());
            }
        }
        countNodeKinds(module).forEach((kind, n) -> out.println(kind + " " + n));
        return 0;
    }

    /**
     * Command-line entry: {@code ParseAndDump FILE}.
     *
     * @param args one path
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParseAndDump FILE.py");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), System.out));
    }
}
