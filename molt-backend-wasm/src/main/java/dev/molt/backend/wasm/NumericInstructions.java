package dev.molt.backend.wasm;

/**
 * The numeric instructions of WebAssembly Core Spec 2.0 §5.4.7 (constants aside): tests, comparisons, unary and
 * binary arithmetic, conversions, reinterpretations, sign extension (0xC0-0xC4) and the saturating truncations
 * (0xFC 0-7). Each writes its opcode and returns the writer for chaining. Split from {@link InstructionWriter}
 * only to keep files short; it is not used on its own.
 */
public abstract sealed class NumericInstructions permits InstructionWriter {
    NumericInstructions() {
    }

    /** Writes a one-byte opcode. */
    abstract InstructionWriter op(int opcode);

    /** Writes a 0xFC-prefixed opcode. */
    abstract InstructionWriter prefixed(int subOpcode);

    /** {@code i32.eqz} (0x45). */
    public InstructionWriter i32Eqz() {
        return op(0x45);
    }

    /** {@code i32.eq} (0x46). */
    public InstructionWriter i32Eq() {
        return op(0x46);
    }

    /** {@code i32.ne} (0x47). */
    public InstructionWriter i32Ne() {
        return op(0x47);
    }

    /** {@code i32.lt_s} (0x48). */
    public InstructionWriter i32LtS() {
        return op(0x48);
    }

    /** {@code i32.lt_u} (0x49). */
    public InstructionWriter i32LtU() {
        return op(0x49);
    }

    /** {@code i32.gt_s} (0x4A). */
    public InstructionWriter i32GtS() {
        return op(0x4A);
    }

    /** {@code i32.gt_u} (0x4B). */
    public InstructionWriter i32GtU() {
        return op(0x4B);
    }

    /** {@code i32.le_s} (0x4C). */
    public InstructionWriter i32LeS() {
        return op(0x4C);
    }

    /** {@code i32.le_u} (0x4D). */
    public InstructionWriter i32LeU() {
        return op(0x4D);
    }

    /** {@code i32.ge_s} (0x4E). */
    public InstructionWriter i32GeS() {
        return op(0x4E);
    }

    /** {@code i32.ge_u} (0x4F). */
    public InstructionWriter i32GeU() {
        return op(0x4F);
    }

    /** {@code i64.eqz} (0x50). */
    public InstructionWriter i64Eqz() {
        return op(0x50);
    }

    /** {@code i64.eq} (0x51). */
    public InstructionWriter i64Eq() {
        return op(0x51);
    }

    /** {@code i64.ne} (0x52). */
    public InstructionWriter i64Ne() {
        return op(0x52);
    }

    /** {@code i64.lt_s} (0x53). */
    public InstructionWriter i64LtS() {
        return op(0x53);
    }

    /** {@code i64.lt_u} (0x54). */
    public InstructionWriter i64LtU() {
        return op(0x54);
    }

    /** {@code i64.gt_s} (0x55). */
    public InstructionWriter i64GtS() {
        return op(0x55);
    }

    /** {@code i64.gt_u} (0x56). */
    public InstructionWriter i64GtU() {
        return op(0x56);
    }

    /** {@code i64.le_s} (0x57). */
    public InstructionWriter i64LeS() {
        return op(0x57);
    }

    /** {@code i64.le_u} (0x58). */
    public InstructionWriter i64LeU() {
        return op(0x58);
    }

    /** {@code i64.ge_s} (0x59). */
    public InstructionWriter i64GeS() {
        return op(0x59);
    }

    /** {@code i64.ge_u} (0x5A). */
    public InstructionWriter i64GeU() {
        return op(0x5A);
    }

    /** {@code f32.eq} (0x5B). */
    public InstructionWriter f32Eq() {
        return op(0x5B);
    }

    /** {@code f32.ne} (0x5C). */
    public InstructionWriter f32Ne() {
        return op(0x5C);
    }

    /** {@code f32.lt} (0x5D). */
    public InstructionWriter f32Lt() {
        return op(0x5D);
    }

    /** {@code f32.gt} (0x5E). */
    public InstructionWriter f32Gt() {
        return op(0x5E);
    }

    /** {@code f32.le} (0x5F). */
    public InstructionWriter f32Le() {
        return op(0x5F);
    }

    /** {@code f32.ge} (0x60). */
    public InstructionWriter f32Ge() {
        return op(0x60);
    }

    /** {@code f64.eq} (0x61). */
    public InstructionWriter f64Eq() {
        return op(0x61);
    }

    /** {@code f64.ne} (0x62). */
    public InstructionWriter f64Ne() {
        return op(0x62);
    }

    /** {@code f64.lt} (0x63). */
    public InstructionWriter f64Lt() {
        return op(0x63);
    }

    /** {@code f64.gt} (0x64). */
    public InstructionWriter f64Gt() {
        return op(0x64);
    }

    /** {@code f64.le} (0x65). */
    public InstructionWriter f64Le() {
        return op(0x65);
    }

    /** {@code f64.ge} (0x66). */
    public InstructionWriter f64Ge() {
        return op(0x66);
    }

    /** {@code i32.clz} (0x67). */
    public InstructionWriter i32Clz() {
        return op(0x67);
    }

    /** {@code i32.ctz} (0x68). */
    public InstructionWriter i32Ctz() {
        return op(0x68);
    }

    /** {@code i32.popcnt} (0x69). */
    public InstructionWriter i32Popcnt() {
        return op(0x69);
    }

    /** {@code i32.add} (0x6A). */
    public InstructionWriter i32Add() {
        return op(0x6A);
    }

    /** {@code i32.sub} (0x6B). */
    public InstructionWriter i32Sub() {
        return op(0x6B);
    }

    /** {@code i32.mul} (0x6C). */
    public InstructionWriter i32Mul() {
        return op(0x6C);
    }

    /** {@code i32.div_s} (0x6D). */
    public InstructionWriter i32DivS() {
        return op(0x6D);
    }

    /** {@code i32.div_u} (0x6E). */
    public InstructionWriter i32DivU() {
        return op(0x6E);
    }

    /** {@code i32.rem_s} (0x6F). */
    public InstructionWriter i32RemS() {
        return op(0x6F);
    }

    /** {@code i32.rem_u} (0x70). */
    public InstructionWriter i32RemU() {
        return op(0x70);
    }

    /** {@code i32.and} (0x71). */
    public InstructionWriter i32And() {
        return op(0x71);
    }

    /** {@code i32.or} (0x72). */
    public InstructionWriter i32Or() {
        return op(0x72);
    }

    /** {@code i32.xor} (0x73). */
    public InstructionWriter i32Xor() {
        return op(0x73);
    }

    /** {@code i32.shl} (0x74). */
    public InstructionWriter i32Shl() {
        return op(0x74);
    }

    /** {@code i32.shr_s} (0x75). */
    public InstructionWriter i32ShrS() {
        return op(0x75);
    }

    /** {@code i32.shr_u} (0x76). */
    public InstructionWriter i32ShrU() {
        return op(0x76);
    }

    /** {@code i32.rotl} (0x77). */
    public InstructionWriter i32Rotl() {
        return op(0x77);
    }

    /** {@code i32.rotr} (0x78). */
    public InstructionWriter i32Rotr() {
        return op(0x78);
    }

    /** {@code i64.clz} (0x79). */
    public InstructionWriter i64Clz() {
        return op(0x79);
    }

    /** {@code i64.ctz} (0x7A). */
    public InstructionWriter i64Ctz() {
        return op(0x7A);
    }

    /** {@code i64.popcnt} (0x7B). */
    public InstructionWriter i64Popcnt() {
        return op(0x7B);
    }

    /** {@code i64.add} (0x7C). */
    public InstructionWriter i64Add() {
        return op(0x7C);
    }

    /** {@code i64.sub} (0x7D). */
    public InstructionWriter i64Sub() {
        return op(0x7D);
    }

    /** {@code i64.mul} (0x7E). */
    public InstructionWriter i64Mul() {
        return op(0x7E);
    }

    /** {@code i64.div_s} (0x7F). */
    public InstructionWriter i64DivS() {
        return op(0x7F);
    }

    /** {@code i64.div_u} (0x80). */
    public InstructionWriter i64DivU() {
        return op(0x80);
    }

    /** {@code i64.rem_s} (0x81). */
    public InstructionWriter i64RemS() {
        return op(0x81);
    }

    /** {@code i64.rem_u} (0x82). */
    public InstructionWriter i64RemU() {
        return op(0x82);
    }

    /** {@code i64.and} (0x83). */
    public InstructionWriter i64And() {
        return op(0x83);
    }

    /** {@code i64.or} (0x84). */
    public InstructionWriter i64Or() {
        return op(0x84);
    }

    /** {@code i64.xor} (0x85). */
    public InstructionWriter i64Xor() {
        return op(0x85);
    }

    /** {@code i64.shl} (0x86). */
    public InstructionWriter i64Shl() {
        return op(0x86);
    }

    /** {@code i64.shr_s} (0x87). */
    public InstructionWriter i64ShrS() {
        return op(0x87);
    }

    /** {@code i64.shr_u} (0x88). */
    public InstructionWriter i64ShrU() {
        return op(0x88);
    }

    /** {@code i64.rotl} (0x89). */
    public InstructionWriter i64Rotl() {
        return op(0x89);
    }

    /** {@code i64.rotr} (0x8A). */
    public InstructionWriter i64Rotr() {
        return op(0x8A);
    }

    /** {@code f32.abs} (0x8B). */
    public InstructionWriter f32Abs() {
        return op(0x8B);
    }

    /** {@code f32.neg} (0x8C). */
    public InstructionWriter f32Neg() {
        return op(0x8C);
    }

    /** {@code f32.ceil} (0x8D). */
    public InstructionWriter f32Ceil() {
        return op(0x8D);
    }

    /** {@code f32.floor} (0x8E). */
    public InstructionWriter f32Floor() {
        return op(0x8E);
    }

    /** {@code f32.trunc} (0x8F). */
    public InstructionWriter f32Trunc() {
        return op(0x8F);
    }

    /** {@code f32.nearest} (0x90). */
    public InstructionWriter f32Nearest() {
        return op(0x90);
    }

    /** {@code f32.sqrt} (0x91). */
    public InstructionWriter f32Sqrt() {
        return op(0x91);
    }

    /** {@code f32.add} (0x92). */
    public InstructionWriter f32Add() {
        return op(0x92);
    }

    /** {@code f32.sub} (0x93). */
    public InstructionWriter f32Sub() {
        return op(0x93);
    }

    /** {@code f32.mul} (0x94). */
    public InstructionWriter f32Mul() {
        return op(0x94);
    }

    /** {@code f32.div} (0x95). */
    public InstructionWriter f32Div() {
        return op(0x95);
    }

    /** {@code f32.min} (0x96). */
    public InstructionWriter f32Min() {
        return op(0x96);
    }

    /** {@code f32.max} (0x97). */
    public InstructionWriter f32Max() {
        return op(0x97);
    }

    /** {@code f32.copysign} (0x98). */
    public InstructionWriter f32Copysign() {
        return op(0x98);
    }

    /** {@code f64.abs} (0x99). */
    public InstructionWriter f64Abs() {
        return op(0x99);
    }

    /** {@code f64.neg} (0x9A). */
    public InstructionWriter f64Neg() {
        return op(0x9A);
    }

    /** {@code f64.ceil} (0x9B). */
    public InstructionWriter f64Ceil() {
        return op(0x9B);
    }

    /** {@code f64.floor} (0x9C). */
    public InstructionWriter f64Floor() {
        return op(0x9C);
    }

    /** {@code f64.trunc} (0x9D). */
    public InstructionWriter f64Trunc() {
        return op(0x9D);
    }

    /** {@code f64.nearest} (0x9E). */
    public InstructionWriter f64Nearest() {
        return op(0x9E);
    }

    /** {@code f64.sqrt} (0x9F). */
    public InstructionWriter f64Sqrt() {
        return op(0x9F);
    }

    /** {@code f64.add} (0xA0). */
    public InstructionWriter f64Add() {
        return op(0xA0);
    }

    /** {@code f64.sub} (0xA1). */
    public InstructionWriter f64Sub() {
        return op(0xA1);
    }

    /** {@code f64.mul} (0xA2). */
    public InstructionWriter f64Mul() {
        return op(0xA2);
    }

    /** {@code f64.div} (0xA3). */
    public InstructionWriter f64Div() {
        return op(0xA3);
    }

    /** {@code f64.min} (0xA4). */
    public InstructionWriter f64Min() {
        return op(0xA4);
    }

    /** {@code f64.max} (0xA5). */
    public InstructionWriter f64Max() {
        return op(0xA5);
    }

    /** {@code f64.copysign} (0xA6). */
    public InstructionWriter f64Copysign() {
        return op(0xA6);
    }

    /** {@code i32.wrap_i64} (0xA7). */
    public InstructionWriter i32WrapI64() {
        return op(0xA7);
    }

    /** {@code i32.trunc_f32_s} (0xA8). */
    public InstructionWriter i32TruncF32S() {
        return op(0xA8);
    }

    /** {@code i32.trunc_f32_u} (0xA9). */
    public InstructionWriter i32TruncF32U() {
        return op(0xA9);
    }

    /** {@code i32.trunc_f64_s} (0xAA). */
    public InstructionWriter i32TruncF64S() {
        return op(0xAA);
    }

    /** {@code i32.trunc_f64_u} (0xAB). */
    public InstructionWriter i32TruncF64U() {
        return op(0xAB);
    }

    /** {@code i64.extend_i32_s} (0xAC). */
    public InstructionWriter i64ExtendI32S() {
        return op(0xAC);
    }

    /** {@code i64.extend_i32_u} (0xAD). */
    public InstructionWriter i64ExtendI32U() {
        return op(0xAD);
    }

    /** {@code i64.trunc_f32_s} (0xAE). */
    public InstructionWriter i64TruncF32S() {
        return op(0xAE);
    }

    /** {@code i64.trunc_f32_u} (0xAF). */
    public InstructionWriter i64TruncF32U() {
        return op(0xAF);
    }

    /** {@code i64.trunc_f64_s} (0xB0). */
    public InstructionWriter i64TruncF64S() {
        return op(0xB0);
    }

    /** {@code i64.trunc_f64_u} (0xB1). */
    public InstructionWriter i64TruncF64U() {
        return op(0xB1);
    }

    /** {@code f32.convert_i32_s} (0xB2). */
    public InstructionWriter f32ConvertI32S() {
        return op(0xB2);
    }

    /** {@code f32.convert_i32_u} (0xB3). */
    public InstructionWriter f32ConvertI32U() {
        return op(0xB3);
    }

    /** {@code f32.convert_i64_s} (0xB4). */
    public InstructionWriter f32ConvertI64S() {
        return op(0xB4);
    }

    /** {@code f32.convert_i64_u} (0xB5). */
    public InstructionWriter f32ConvertI64U() {
        return op(0xB5);
    }

    /** {@code f32.demote_f64} (0xB6). */
    public InstructionWriter f32DemoteF64() {
        return op(0xB6);
    }

    /** {@code f64.convert_i32_s} (0xB7). */
    public InstructionWriter f64ConvertI32S() {
        return op(0xB7);
    }

    /** {@code f64.convert_i32_u} (0xB8). */
    public InstructionWriter f64ConvertI32U() {
        return op(0xB8);
    }

    /** {@code f64.convert_i64_s} (0xB9). */
    public InstructionWriter f64ConvertI64S() {
        return op(0xB9);
    }

    /** {@code f64.convert_i64_u} (0xBA). */
    public InstructionWriter f64ConvertI64U() {
        return op(0xBA);
    }

    /** {@code f64.promote_f32} (0xBB). */
    public InstructionWriter f64PromoteF32() {
        return op(0xBB);
    }

    /** {@code i32.reinterpret_f32} (0xBC). */
    public InstructionWriter i32ReinterpretF32() {
        return op(0xBC);
    }

    /** {@code i64.reinterpret_f64} (0xBD). */
    public InstructionWriter i64ReinterpretF64() {
        return op(0xBD);
    }

    /** {@code f32.reinterpret_i32} (0xBE). */
    public InstructionWriter f32ReinterpretI32() {
        return op(0xBE);
    }

    /** {@code f64.reinterpret_i64} (0xBF). */
    public InstructionWriter f64ReinterpretI64() {
        return op(0xBF);
    }

    /** {@code i32.extend8_s} (0xC0). */
    public InstructionWriter i32Extend8S() {
        return op(0xC0);
    }

    /** {@code i32.extend16_s} (0xC1). */
    public InstructionWriter i32Extend16S() {
        return op(0xC1);
    }

    /** {@code i64.extend8_s} (0xC2). */
    public InstructionWriter i64Extend8S() {
        return op(0xC2);
    }

    /** {@code i64.extend16_s} (0xC3). */
    public InstructionWriter i64Extend16S() {
        return op(0xC3);
    }

    /** {@code i64.extend32_s} (0xC4). */
    public InstructionWriter i64Extend32S() {
        return op(0xC4);
    }

    /** {@code i32.trunc_sat_f32_s} (0xFC 0). */
    public InstructionWriter i32TruncSatF32S() {
        return prefixed(0);
    }

    /** {@code i32.trunc_sat_f32_u} (0xFC 1). */
    public InstructionWriter i32TruncSatF32U() {
        return prefixed(1);
    }

    /** {@code i32.trunc_sat_f64_s} (0xFC 2). */
    public InstructionWriter i32TruncSatF64S() {
        return prefixed(2);
    }

    /** {@code i32.trunc_sat_f64_u} (0xFC 3). */
    public InstructionWriter i32TruncSatF64U() {
        return prefixed(3);
    }

    /** {@code i64.trunc_sat_f32_s} (0xFC 4). */
    public InstructionWriter i64TruncSatF32S() {
        return prefixed(4);
    }

    /** {@code i64.trunc_sat_f32_u} (0xFC 5). */
    public InstructionWriter i64TruncSatF32U() {
        return prefixed(5);
    }

    /** {@code i64.trunc_sat_f64_s} (0xFC 6). */
    public InstructionWriter i64TruncSatF64S() {
        return prefixed(6);
    }

    /** {@code i64.trunc_sat_f64_u} (0xFC 7). */
    public InstructionWriter i64TruncSatF64U() {
        return prefixed(7);
    }
}
