package dev.molt.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code molt --version}: Molt's version (the Maven project version, filtered into
 * {@code version.properties} at build time), the Python grammar it follows, and the Java runtime.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The Python version whose grammar and AST the frontend follows (DESIGN §2). */
    public static final String PYTHON_GRAMMAR = "3.12";

    @Override
    public String[] getVersion() {
        return new String[] {
            "molt " + moltVersion(),
            "Python grammar " + PYTHON_GRAMMAR + "; Java " + Runtime.version()
                    + " (" + System.getProperty("java.vm.name") + ")"
        };
    }

    /** Molt's version, such as {@code 0.1.0-SNAPSHOT}, or {@code "unknown"} if not built by Maven. */
    public static String moltVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
