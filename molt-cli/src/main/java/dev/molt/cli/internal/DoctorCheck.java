package dev.molt.cli.internal;

/**
 * One line of {@code molt doctor}: a tool or facility, whether it is usable, and what to do if not.
 *
 * @param name what is checked ({@code clang}, {@code node}, ...)
 * @param status {@code "ok"}, {@code "missing"} (not found) or {@code "failed"} (found but not working)
 * @param detail the version and path when ok, else what is wrong (one line)
 * @param fix the command that installs or repairs it (Debian/Ubuntu), or "" when ok or none applies
 */
record DoctorCheck(String name, String status, String detail, String fix) {
    static DoctorCheck ok(String name, String detail) {
        return new DoctorCheck(name, "ok", detail, "");
    }

    static DoctorCheck missing(String name, String detail, String fix) {
        return new DoctorCheck(name, "missing", detail, fix);
    }

    static DoctorCheck failed(String name, String detail, String fix) {
        return new DoctorCheck(name, "failed", detail, fix);
    }

    boolean isOk() {
        return "ok".equals(status);
    }

    /** This check as a JSON object ({@code name}, {@code status}, {@code detail}, {@code fix}; RFC 8259). */
    String toJson() {
        return "{\"name\":" + json(name) + ",\"status\":" + json(status) + ",\"detail\":" + json(detail)
                + ",\"fix\":" + json(fix) + "}";
    }

    /** {@code s} as a JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
