package dev.molt.backend.wasm.internal;

import dev.molt.backend.wasm.ByteSink;
import dev.molt.backend.wasm.ConstExpr;
import dev.molt.backend.wasm.SectionId;
import java.util.ArrayList;
import java.util.List;

/**
 * The data section (§5.5.14): flags 0 (active in memory 0: offset, bytes), 1 (passive: bytes) and
 * 2 (active with an explicit memory).
 */
public final class DataSection implements Section {
    private record Entry(boolean active, int memory, ConstExpr offset, byte[] bytes) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds an active segment and returns its index. */
    public int addActive(int memory, ConstExpr offset, byte[] bytes) {
        entries.add(new Entry(true, memory, offset, bytes.clone()));
        return entries.size() - 1;
    }

    /** Adds a passive segment and returns its index. */
    public int addPassive(byte[] bytes) {
        entries.add(new Entry(false, 0, null, bytes.clone()));
        return entries.size() - 1;
    }

    /** The number of segments. */
    public int size() {
        return entries.size();
    }

    /** The offset of each segment's bytes within {@link #encodeContents}'s output (for data relocations). */
    public int[] bytesOffsets() {
        int[] out = new int[entries.size()];
        ByteSink s = new ByteSink();
        s.u32Leb(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            encodeHeader(s, e);
            out[i] = s.size();
            s.bytes(e.bytes);
        }
        return out;
    }

    /** The total size of all segments' bytes. */
    public int totalBytes() {
        return entries.stream().mapToInt(e -> e.bytes.length).sum();
    }

    private static void encodeHeader(ByteSink o, Entry e) {
        if (!e.active) {
            o.u8(1);
        } else if (e.memory == 0) {
            o.u8(0);
            e.offset.encode(o);
        } else {
            o.u8(2).u32Leb(e.memory);
            e.offset.encode(o);
        }
        o.u32Leb(e.bytes.length);
    }

    @Override
    public SectionId id() {
        return SectionId.DATA;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void encodeContents(ByteSink s) {
        s.vec(entries, (o, e) -> {
            encodeHeader(o, e);
            o.bytes(e.bytes);
        });
    }
}
