package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.assertSameAsCPython;

import org.junit.jupiter.api.Test;

/** Each runtime feature's edge cases, run by the C driver and by python3; outputs must be identical. */
class RuntimeDifferentialTest {
    @Test
    void intArithmeticBitwiseComparisonHashAndParsing() {
        assertSameAsCPython(RuntimeCases.ints());
    }

    @Test
    void floatArithmeticReprRoundParsingAndMixedComparison() {
        assertSameAsCPython(RuntimeCases.floats());
    }

    @Test
    void strIndexingSlicingConcatRepeatCompareContainsHashRepr() {
        assertSameAsCPython(RuntimeCases.strs());
    }

    @Test
    void exceptionHierarchyReprStrAndMatching() {
        assertSameAsCPython(RuntimeCases.exceptions());
    }

    @Test
    void noneBoolTuplePrintAndTypeErrors() {
        assertSameAsCPython(RuntimeCases.misc());
    }

    @Test
    void formatSpecMiniLanguage() {
        assertSameAsCPython(RuntimeCases.formats());
    }

    @Test
    void printfStyleFormatting() {
        assertSameAsCPython(RuntimeCases.printf());
    }

    @Test
    void strMethods() {
        assertSameAsCPython(RuntimeCases.strMethods());
    }
}
