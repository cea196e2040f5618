package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.DataSymbol;
import dev.molt.backend.wasm.FuncIndex;
import dev.molt.backend.wasm.WasmModule;
import dev.molt.runtime.StrEncoding;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one data segment ({@code .data.molt}) of a program object: 8-byte value slots (constants, module globals, IR
 * global slots), NUL-terminated C strings (deduplicated), and the {@code MoltCode} descriptors with their
 * {@code varnames} arrays. Offsets are handed out while the functions are lowered (code addresses data as
 * {@code SEGMENT + offset}, {@link #symbol()}); {@link #finish} adds the segment and its relocations.
 */
public final class ProgramData {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<int[]> addressFields = new ArrayList<>();   // {field offset, target offset}
    private final List<Object[]> functionFields = new ArrayList<>(); // {field offset, FuncIndex}
    private final DataSymbol symbol;

    /** @param symbol the handle the segment will get (the module's next data segment) */
    public ProgramData(DataSymbol symbol) {
        this.symbol = symbol;
    }

    /** The segment's symbol, for {@code i32ConstAddress(symbol(), offset)}. */
    public DataSymbol symbol() {
        return symbol;
    }

    private void align(int n) {
        while (bytes.size() % n != 0) {
            bytes.write(0);
        }
    }

    private void u32(int v) {
        for (int i = 0; i < 4; i++) {
            bytes.write(v >>> (8 * i));
        }
    }

    /** A new 8-byte slot holding {@code initial} (little-endian); returns its offset. */
    public int slot(long initial) {
        align(8);
        int at = bytes.size();
        for (int i = 0; i < 8; i++) {
            bytes.write((int) (initial >>> (8 * i)));
        }
        return at;
    }

    /** A new zeroed 8-aligned area of {@code n} bytes; returns its offset. */
    public int zeros(int n) {
        align(8);
        int at = bytes.size();
        bytes.write(new byte[n], 0, n);
        return at;
    }

    /** The offset of a NUL-terminated copy of {@code utf8}. */
    public int cString(byte[] utf8) {
        String key = new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1);
        Integer at = strings.get(key);
        if (at != null) {
            return at;
        }
        int off = bytes.size();
        bytes.writeBytes(utf8);
        bytes.write(0);
        strings.put(key, off);
        return off;
    }

    /** The offset of {@code s} as a C string ({@link StrEncoding#utf8}). */
    public int cString(String s) {
        return cString(StrEncoding.utf8(s));
    }

    /** The offset of raw bytes (no terminator added, not deduplicated). */
    public int raw(byte[] b) {
        int off = bytes.size();
        bytes.writeBytes(b);
        return off;
    }

    /** Appends a 4-byte pointer field holding the address of {@code targetOffset} (0 → NULL, no relocation). */
    public void pointer(int targetOffset, boolean isNull) {
        int at = bytes.size();
        u32(isNull ? 0 : targetOffset);
        if (!isNull) {
            addressFields.add(new int[] {at, targetOffset});
        }
    }

    /** Appends a 4-byte {@code int}. */
    public void int32(int v) {
        u32(v);
    }

    /** Appends a 4-byte function pointer to {@code f} (its table slot). */
    public void functionPointer(FuncIndex f) {
        functionFields.add(new Object[] {bytes.size(), f});
        u32(0);
    }

    /** Aligns to {@code n} bytes and returns the offset. */
    public int here(int n) {
        align(n);
        return bytes.size();
    }

    /** Adds the segment (8-byte aligned) and its relocations to {@code m}. */
    public void finish(WasmModule m) {
        align(8);
        if (bytes.size() == 0) {
            bytes.write(0);
        }
        DataSymbol s = m.addDataSegment(".data.molt", bytes.toByteArray(), 3);
        if (!s.equals(symbol)) {
            throw new IllegalStateException("the program data is not segment " + symbol.segment());
        }
        for (int[] a : addressFields) {
            m.relocateAddress(s, a[0], s, a[1]);
        }
        for (Object[] f : functionFields) {
            m.relocateTableIndex(s, (Integer) f[0], (FuncIndex) f[1]);
        }
    }
}
