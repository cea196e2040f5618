package dev.molt.runtime;

import static dev.molt.runtime.RuntimeHarness.assertSameAsCPython;

import org.junit.jupiter.api.Test;

/** Containers, iteration, calls and builtins (ContainerCases), run by the C driver and by python3: identical output. */
class ContainerDifferentialTest {
    @Test
    void listMethodsSlicingSortCompareRepr() {
        assertSameAsCPython(ContainerCases.lists());
    }

    @Test
    void tupleRangeSliceAndUnpacking() {
        assertSameAsCPython(ContainerCases.tuplesRangesSlices());
    }

    @Test
    void dictOrderMethodsViewsAndErrors() {
        assertSameAsCPython(ContainerCases.dicts());
    }

    @Test
    void setTableOrderAlgebraAndFrozensetHash() {
        assertSameAsCPython(ContainerCases.sets());
    }

    @Test
    void iteratorsEnumerateZipMapFilterReversedNext() {
        assertSameAsCPython(ContainerCases.iterators());
    }

    @Test
    void argumentBindingClosuresMethodsRecursionLimit() {
        assertSameAsCPython(ContainerCases.calls());
    }

    @Test
    void builtinFunctionsAndTypeConstructors() {
        assertSameAsCPython(ContainerCases.builtins());
    }

    @Test
    void classesDundersDescriptorsSuperMroAndUserExceptions() {
        assertSameAsCPython(ContainerCases.classes());
    }

    @Test
    void strSplitJoinSplitlinesAndAttributeBuiltins() {
        assertSameAsCPython(ContainerCases.strSplitJoin());
    }

    @Test
    void strFormatFieldsConversionsAndErrors() {
        assertSameAsCPython(ContainerCases.strFormat());
    }

    @Test
    void builtinTypeMethodsAsAttributes() {
        assertSameAsCPython(ContainerCases.builtinMethods());
    }
}
