package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.assertSameAsCPython;

import org.junit.jupiter.api.Test;

/** Methods and attributes of builtin types reached by attribute, run by the C driver and by python3. */
class MethodDifferentialTest {
    @Test
    void unboundMethodsOfBuiltinTypes() {
        assertSameAsCPython(MethodCases.methodDescriptors());
    }

    @Test
    void intFloatRangeSliceMethodsAndAttributes() {
        assertSameAsCPython(MethodCases.numberMethods());
    }

    @Test
    void affixTabsTranslateAndFormatMap() {
        assertSameAsCPython(MethodCases.strMethods());
    }

    @Test
    void variadicMethodsAndExceptionAttributes() {
        assertSameAsCPython(MethodCases.variadicMethodsAndExceptionAttributes());
    }

    @Test
    void dictViewsAreSetLike() {
        assertSameAsCPython(MethodCases.dictViewSetOps());
    }
}
