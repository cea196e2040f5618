package dev.molt.backend.wasm;

import dev.molt.backend.wasm.internal.Reloc;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the instructions of one function body (WebAssembly Core Spec 2.0 §5.4) into bytes.
 *
 * <p>Each method writes one instruction with its immediates and returns this writer. Structured control is
 * tracked: {@link #block}, {@link #loop} and {@link #if_} return a {@link Label}; {@link #br(Label)} and friends
 * compute the relative label index from it; {@link #end()} closes the innermost construct. The function's own
 * closing {@code end} is written by the module when it encodes the body, so a body must leave every construct it
 * opened closed. The writer does not type-check the operand stack; validation is the job of a validator
 * (the tests run {@code wasm-validate} on every module).
 *
 * <p>Call order: any instructions, where {@code else_} may only follow an open {@code if_} and {@code end} only
 * an open construct.
 */
public final class InstructionWriter extends NumericInstructions {
    private final ByteSink sink = new ByteSink();
    private final List<Label> open = new ArrayList<>();
    private final List<Boolean> isIf = new ArrayList<>();
    private boolean usesDataIndex;
    private final List<Reloc> relocs; // null: not a relocatable object

    InstructionWriter() {
        this(false);
    }

    InstructionWriter(boolean relocatable) {
        this.relocs = relocatable ? new ArrayList<>() : null;
    }

    /** The relocations recorded so far, offsets relative to this writer's first byte (empty when not relocatable). */
    List<Reloc> relocations() {
        return relocs == null ? List.of() : relocs;
    }

    private void reloc(Reloc.Type type, Reloc.SymbolKind kind, int index, int addend) {
        relocs.add(new Reloc(type, sink.size(), kind, index, addend));
    }

    private void requireRelocatable(String what) {
        if (relocs == null) {
            throw new IllegalStateException(what + " needs a relocatable module (WasmModule.relocatable())");
        }
    }

    @Override
    InstructionWriter op(int opcode) {
        sink.u8(opcode);
        return this;
    }

    @Override
    InstructionWriter prefixed(int subOpcode) {
        sink.u8(0xFC).u32Leb(subOpcode);
        return this;
    }

    private InstructionWriter memOp(int opcode, MemArg m) {
        sink.u8(opcode);
        m.encode(sink);
        return this;
    }

    /** The number of open structured constructs (0 at the function's top level). */
    public int depth() {
        return open.size();
    }

    /** The bytes written so far, without the function's closing {@code end}. */
    public byte[] toByteArray() {
        return sink.toByteArray();
    }

    /** Whether a {@code memory.init} or {@code data.drop} was written (the module then needs a data count section). */
    boolean usesDataIndex() {
        return usesDataIndex;
    }

    /** The number of bytes written so far. */
    public int size() {
        return sink.size();
    }

    // ---- control instructions (§5.4.1) ----

    private Label push(int opcode, BlockType type, boolean loop, boolean ifBlock) {
        sink.u8(opcode);
        type.encode(sink);
        Label l = new Label(this, open.size(), loop);
        open.add(l);
        isIf.add(ifBlock);
        return l;
    }

    /** {@code block bt} (0x02): opens a block; branches to its label go past its {@code end}. */
    public Label block(BlockType type) {
        return push(0x02, type, false, false);
    }

    /** {@code loop bt} (0x03): opens a loop; branches to its label go back to its start. */
    public Label loop(BlockType type) {
        return push(0x03, type, true, false);
    }

    /** {@code if bt} (0x04): pops an i32 condition and opens the then-arm; branches to its label go past its {@code end}. */
    public Label if_(BlockType type) {
        return push(0x04, type, false, true);
    }

    /**
     * {@code else} (0x05): ends the then-arm of the innermost construct, which must be an {@code if}.
     *
     * @throws IllegalStateException if the innermost open construct is not an {@code if}
     */
    public InstructionWriter else_() {
        if (open.isEmpty() || !isIf.get(isIf.size() - 1)) {
            throw new IllegalStateException("else without an open if");
        }
        isIf.set(isIf.size() - 1, false);
        return op(0x05);
    }

    /**
     * {@code end} (0x0B): closes the innermost open construct.
     *
     * @throws IllegalStateException if no construct is open (the function's own end is written by the module)
     */
    public InstructionWriter end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("end without an open block, loop or if");
        }
        open.remove(open.size() - 1).open = false;
        isIf.remove(isIf.size() - 1);
        return op(0x0B);
    }

    /**
     * The relative label index of {@code target} here (§2.5.2).
     *
     * @throws IllegalArgumentException if the label is closed or belongs to another writer
     */
    public int labelIndex(Label target) {
        if (target.owner != this || !target.open) {
            throw new IllegalArgumentException("label " + target + " is not open in this function");
        }
        return open.size() - 1 - target.depth;
    }

    /** {@code br l} (0x0C) with a relative label index. */
    public InstructionWriter br(int relativeDepth) {
        sink.u8(0x0C).u32Leb(relativeDepth);
        return this;
    }

    /** {@code br} to an open label. */
    public InstructionWriter br(Label target) {
        return br(labelIndex(target));
    }

    /** {@code br_if l} (0x0D) with a relative label index: pops an i32 and branches if it is not zero. */
    public InstructionWriter brIf(int relativeDepth) {
        sink.u8(0x0D).u32Leb(relativeDepth);
        return this;
    }

    /** {@code br_if} to an open label. */
    public InstructionWriter brIf(Label target) {
        return brIf(labelIndex(target));
    }

    /** {@code br_table l* l_default} (0x0E): pops an i32 index and branches to {@code targets[index]} or the default. */
    public InstructionWriter brTable(List<Label> targets, Label defaultTarget) {
        sink.u8(0x0E);
        sink.vec(targets, (s, l) -> s.u32Leb(labelIndex(l)));
        sink.u32Leb(labelIndex(defaultTarget));
        return this;
    }

    /** {@code call x} (0x10). */
    public InstructionWriter call(FuncIndex f) {
        sink.u8(0x10);
        if (relocs != null) {
            reloc(Reloc.Type.FUNCTION_INDEX_LEB, Reloc.SymbolKind.FUNCTION, f.index(), 0);
            sink.u32LebPadded(f.index());
        } else {
            sink.u32Leb(f.index());
        }
        return this;
    }

    /** {@code call_indirect y x} (0x11): pops an i32 table slot and calls the function there, checking its type. */
    public InstructionWriter callIndirect(TypeIndex type, TableIndex table) {
        sink.u8(0x11).u32Leb(type.index()).u32Leb(table.index());
        return this;
    }

    // ---- reference and parametric instructions (§5.4.2, §5.4.3) ----

    /** {@code ref.null t} (0xD0). */
    public InstructionWriter refNull(ValType t) {
        if (!t.isReference()) {
            throw new IllegalArgumentException("ref.null needs a reference type: " + t);
        }
        sink.u8(0xD0).u8(t.code());
        return this;
    }

    /** {@code ref.func x} (0xD2); the function must be declared by an element segment (§3.4.10, C.refs). */
    public InstructionWriter refFunc(FuncIndex f) {
        sink.u8(0xD2).u32Leb(f.index());
        return this;
    }

    /** {@code select t} (0x1C) with an explicit result type (needed for reference operands). */
    public InstructionWriter select(ValType t) {
        sink.u8(0x1C).u32Leb(1).u8(t.code());
        return this;
    }

    // ---- variable instructions (§5.4.4) ----

    /** {@code local.get x} (0x20). */
    public InstructionWriter localGet(LocalIndex x) {
        sink.u8(0x20).u32Leb(x.index());
        return this;
    }

    /** {@code local.set x} (0x21). */
    public InstructionWriter localSet(LocalIndex x) {
        sink.u8(0x21).u32Leb(x.index());
        return this;
    }

    /** {@code local.tee x} (0x22). */
    public InstructionWriter localTee(LocalIndex x) {
        sink.u8(0x22).u32Leb(x.index());
        return this;
    }

    /** {@code global.get x} (0x23). */
    public InstructionWriter globalGet(GlobalIndex x) {
        sink.u8(0x23);
        return globalIndex(x);
    }

    private InstructionWriter globalIndex(GlobalIndex x) {
        if (relocs != null) {
            reloc(Reloc.Type.GLOBAL_INDEX_LEB, Reloc.SymbolKind.GLOBAL, x.index(), 0);
            sink.u32LebPadded(x.index());
        } else {
            sink.u32Leb(x.index());
        }
        return this;
    }

    /** {@code global.set x} (0x24); the global must be mutable. */
    public InstructionWriter globalSet(GlobalIndex x) {
        sink.u8(0x24);
        return globalIndex(x);
    }

    // ---- table instructions (§5.4.5) ----

    /** {@code table.get x} (0x25). */
    public InstructionWriter tableGet(TableIndex x) {
        sink.u8(0x25).u32Leb(x.index());
        return this;
    }

    /** {@code table.set x} (0x26). */
    public InstructionWriter tableSet(TableIndex x) {
        sink.u8(0x26).u32Leb(x.index());
        return this;
    }

    /** {@code table.size x} (0xFC 16). */
    public InstructionWriter tableSize(TableIndex x) {
        prefixed(16).sink.u32Leb(x.index());
        return this;
    }

    /** {@code table.grow x} (0xFC 15). */
    public InstructionWriter tableGrow(TableIndex x) {
        prefixed(15).sink.u32Leb(x.index());
        return this;
    }

    /** {@code table.init x y} (0xFC 12 y x): copies from passive element segment {@code elem} into {@code table}. */
    public InstructionWriter tableInit(TableIndex table, ElemIndex elem) {
        prefixed(12).sink.u32Leb(elem.index()).u32Leb(table.index());
        return this;
    }

    /** {@code elem.drop x} (0xFC 13). */
    public InstructionWriter elemDrop(ElemIndex elem) {
        prefixed(13).sink.u32Leb(elem.index());
        return this;
    }

    /** {@code table.copy x y} (0xFC 14 x y): operands destination, source, length; copies from {@code source} to {@code destination}. */
    public InstructionWriter tableCopy(TableIndex destination, TableIndex source) {
        prefixed(14).sink.u32Leb(destination.index()).u32Leb(source.index());
        return this;
    }

    /** {@code table.fill x} (0xFC 17): operands start, reference value, length. */
    public InstructionWriter tableFill(TableIndex x) {
        prefixed(17).sink.u32Leb(x.index());
        return this;
    }

    // ---- memory instructions (§5.4.6); memory 0 only, as in 2.0 ----

    /** {@code memory.size} (0x3F 0x00): the size of memory 0 in 64 KiB pages. */
    public InstructionWriter memorySize() {
        sink.u8(0x3F).u8(0x00);
        return this;
    }

    /** {@code memory.grow} (0x40 0x00): grows memory 0 by the popped page count; pushes the old size or -1. */
    public InstructionWriter memoryGrow() {
        sink.u8(0x40).u8(0x00);
        return this;
    }

    /** {@code memory.init x} (0xFC 8 x 0x00): copies from a passive data segment into memory 0. */
    public InstructionWriter memoryInit(DataIndex x) {
        usesDataIndex = true;
        prefixed(8).sink.u32Leb(x.index()).u8(0x00);
        return this;
    }

    /** {@code data.drop x} (0xFC 9). */
    public InstructionWriter dataDrop(DataIndex x) {
        usesDataIndex = true;
        prefixed(9).sink.u32Leb(x.index());
        return this;
    }

    /** {@code memory.copy} (0xFC 10 0x00 0x00): operands destination, source, length (all i32, bytes). */
    public InstructionWriter memoryCopy() {
        prefixed(10).sink.u8(0x00).u8(0x00);
        return this;
    }

    /** {@code memory.fill} (0xFC 11 0x00): operands destination, byte value, length. */
    public InstructionWriter memoryFill() {
        prefixed(11).sink.u8(0x00);
        return this;
    }

    /** {@code i32.load memarg} (0x28). */
    public InstructionWriter i32Load(MemArg m) {
        return memOp(0x28, m);
    }

    /** {@code i64.load memarg} (0x29). */
    public InstructionWriter i64Load(MemArg m) {
        return memOp(0x29, m);
    }

    /** {@code f32.load memarg} (0x2A). */
    public InstructionWriter f32Load(MemArg m) {
        return memOp(0x2A, m);
    }

    /** {@code f64.load memarg} (0x2B). */
    public InstructionWriter f64Load(MemArg m) {
        return memOp(0x2B, m);
    }

    /** {@code i32.load8_s memarg} (0x2C). */
    public InstructionWriter i32Load8S(MemArg m) {
        return memOp(0x2C, m);
    }

    /** {@code i32.load8_u memarg} (0x2D). */
    public InstructionWriter i32Load8U(MemArg m) {
        return memOp(0x2D, m);
    }

    /** {@code i32.load16_s memarg} (0x2E). */
    public InstructionWriter i32Load16S(MemArg m) {
        return memOp(0x2E, m);
    }

    /** {@code i32.load16_u memarg} (0x2F). */
    public InstructionWriter i32Load16U(MemArg m) {
        return memOp(0x2F, m);
    }

    /** {@code i64.load8_s memarg} (0x30). */
    public InstructionWriter i64Load8S(MemArg m) {
        return memOp(0x30, m);
    }

    /** {@code i64.load8_u memarg} (0x31). */
    public InstructionWriter i64Load8U(MemArg m) {
        return memOp(0x31, m);
    }

    /** {@code i64.load16_s memarg} (0x32). */
    public InstructionWriter i64Load16S(MemArg m) {
        return memOp(0x32, m);
    }

    /** {@code i64.load16_u memarg} (0x33). */
    public InstructionWriter i64Load16U(MemArg m) {
        return memOp(0x33, m);
    }

    /** {@code i64.load32_s memarg} (0x34). */
    public InstructionWriter i64Load32S(MemArg m) {
        return memOp(0x34, m);
    }

    /** {@code i64.load32_u memarg} (0x35). */
    public InstructionWriter i64Load32U(MemArg m) {
        return memOp(0x35, m);
    }

    /** {@code i32.store memarg} (0x36). */
    public InstructionWriter i32Store(MemArg m) {
        return memOp(0x36, m);
    }

    /** {@code i64.store memarg} (0x37). */
    public InstructionWriter i64Store(MemArg m) {
        return memOp(0x37, m);
    }

    /** {@code f32.store memarg} (0x38). */
    public InstructionWriter f32Store(MemArg m) {
        return memOp(0x38, m);
    }

    /** {@code f64.store memarg} (0x39). */
    public InstructionWriter f64Store(MemArg m) {
        return memOp(0x39, m);
    }

    /** {@code i32.store8 memarg} (0x3A). */
    public InstructionWriter i32Store8(MemArg m) {
        return memOp(0x3A, m);
    }

    /** {@code i32.store16 memarg} (0x3B). */
    public InstructionWriter i32Store16(MemArg m) {
        return memOp(0x3B, m);
    }

    /** {@code i64.store8 memarg} (0x3C). */
    public InstructionWriter i64Store8(MemArg m) {
        return memOp(0x3C, m);
    }

    /** {@code i64.store16 memarg} (0x3D). */
    public InstructionWriter i64Store16(MemArg m) {
        return memOp(0x3D, m);
    }

    /** {@code i64.store32 memarg} (0x3E). */
    public InstructionWriter i64Store32(MemArg m) {
        return memOp(0x3E, m);
    }

    // ---- constants (§5.4.7) ----

    /** {@code i32.const n} (0x41, signed LEB128). */
    public InstructionWriter i32Const(int n) {
        sink.u8(0x41).s32Leb(n);
        return this;
    }

    /**
     * {@code i32.const} holding the linear-memory address of {@code data + addend}, filled in by the linker
     * ({@code R_WASM_MEMORY_ADDR_SLEB}, a 5-byte {@code varint32}; tool-conventions Linking.md).
     *
     * @throws IllegalStateException if the module is not relocatable
     */
    public InstructionWriter i32ConstAddress(DataSymbol data, int addend) {
        requireRelocatable("a data address");
        sink.u8(0x41);
        reloc(Reloc.Type.MEMORY_ADDR_SLEB, Reloc.SymbolKind.DATA, data.segment(), addend);
        sink.s32LebPadded(addend);
        return this;
    }

    /**
     * {@code i32.const} holding {@code f}'s slot in the indirect function table (a C function pointer), filled in by
     * the linker ({@code R_WASM_TABLE_INDEX_SLEB}, a 5-byte {@code varint32}).
     *
     * @throws IllegalStateException if the module is not relocatable
     */
    public InstructionWriter i32ConstTableIndex(FuncIndex f) {
        requireRelocatable("a function pointer");
        sink.u8(0x41);
        reloc(Reloc.Type.TABLE_INDEX_SLEB, Reloc.SymbolKind.FUNCTION, f.index(), 0);
        sink.s32LebPadded(0);
        return this;
    }

    /** {@code i64.const n} (0x42, signed LEB128). */
    public InstructionWriter i64Const(long n) {
        sink.u8(0x42).s64Leb(n);
        return this;
    }

    /** {@code f32.const z} (0x43, 4 little-endian bytes). */
    public InstructionWriter f32Const(float z) {
        sink.u8(0x43).f32(z);
        return this;
    }

    /** {@code f64.const z} (0x44, 8 little-endian bytes). */
    public InstructionWriter f64Const(double z) {
        sink.u8(0x44).f64(z);
        return this;
    }

    /** {@code unreachable} (0x00). */
    public InstructionWriter unreachable() {
        return op(0x00);
    }

    /** {@code nop} (0x01). */
    public InstructionWriter nop() {
        return op(0x01);
    }

    /** {@code return} (0x0F). */
    public InstructionWriter return_() {
        return op(0x0F);
    }

    /** {@code drop} (0x1A). */
    public InstructionWriter drop() {
        return op(0x1A);
    }

    /** {@code select (numeric operands)} (0x1B). */
    public InstructionWriter select() {
        return op(0x1B);
    }

    /** {@code ref.is_null} (0xD1). */
    public InstructionWriter refIsNull() {
        return op(0xD1);
    }
}
