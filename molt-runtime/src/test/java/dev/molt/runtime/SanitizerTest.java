package dev.molt.runtime;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer: every hand-picked case
 * must give CPython's output, with no sanitizer report (any report aborts the driver) and no leaked object (the
 * driver's own live-object count and LeakSanitizer both check).
 */
class SanitizerTest {
    @Test
    void allCasesCleanUnderAddressAndUndefinedBehaviorSanitizers() {
        List<String> lines = new ArrayList<>();
        lines.addAll(RuntimeCases.ints());
        lines.addAll(RuntimeCases.floats());
        lines.addAll(RuntimeCases.strs());
        lines.addAll(RuntimeCases.exceptions());
        lines.addAll(RuntimeCases.formats());
        lines.addAll(RuntimeCases.strMethods());
        lines.addAll(RuntimeCases.printf());
        lines.addAll(ContainerCases.lists());
        lines.addAll(ContainerCases.tuplesRangesSlices());
        lines.addAll(ContainerCases.dicts());
        lines.addAll(ContainerCases.sets());
        lines.addAll(ContainerCases.iterators());
        lines.addAll(ContainerCases.calls());
        lines.addAll(ContainerCases.builtins());
        lines.addAll(ContainerCases.classes());
        lines.addAll(ContainerCases.strSplitJoin());
        lines.addAll(ContainerCases.strFormat());
        lines.addAll(ContainerCases.builtinMethods());
        lines.addAll(MethodCases.methodDescriptors());
        lines.addAll(MethodCases.numberMethods());
        lines.addAll(MethodCases.strMethods());
        lines.addAll(MethodCases.variadicMethodsAndExceptionAttributes());
        lines.addAll(MethodCases.dictViewSetOps());
        lines.addAll(RuntimeCases.misc()); // last: its print lines add output lines
        RuntimeHarness.assertSameAsCPython(RuntimeHarness.sanitizerDriver(), lines);
    }
}
