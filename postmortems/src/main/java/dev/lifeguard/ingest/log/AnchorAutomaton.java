package dev.lifeguard.ingest.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over bytes that flags, in one pass, which signatures' anchors a line holds. Each
 * table cell packs the next state (low 16 bits) and the signature bits found on arriving there (bits 16–30);
 * a negative cell marks a newline. One lookup per byte keeps a million-line scan close to {@code grep}.
 */
final class AnchorAutomaton {

    private final int[] table;

    AnchorAutomaton(List<LogSignature> signatures) {
        List<int[]> gotoRows = new ArrayList<>();
        List<Integer> output = new ArrayList<>();
        gotoRows.add(newRow());
        output.add(0);
        for (LogSignature s : signatures) {
            for (String anchor : s.anchors()) {
                int state = 0;
                for (byte raw : anchor.getBytes(StandardCharsets.UTF_8)) {
                    int b = raw & 0xFF;
                    if (gotoRows.get(state)[b] < 0) {
                        gotoRows.get(state)[b] = gotoRows.size();
                        gotoRows.add(newRow());
                        output.add(0);
                    }
                    state = gotoRows.get(state)[b];
                }
                output.set(state, output.get(state) | (1 << s.ordinal()));
            }
        }
        if (gotoRows.size() >= 1 << 16 || signatures.size() > 15) {
            throw new IllegalArgumentException("too many anchors for the packed automaton");
        }
        int states = gotoRows.size();
        int[] fail = new int[states];
        int[] delta = new int[states * 256];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int b = 0; b < 256; b++) {
            int next = gotoRows.get(0)[b];
            delta[b] = next < 0 ? 0 : next;
            if (next > 0) {
                fail[next] = 0;
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            output.set(state, output.get(state) | output.get(fail[state]));
            for (int b = 0; b < 256; b++) {
                int next = gotoRows.get(state)[b];
                if (next >= 0) {
                    fail[next] = delta[fail[state] * 256 + b];
                    delta[state * 256 + b] = next;
                    queue.add(next);
                } else {
                    delta[state * 256 + b] = delta[fail[state] * 256 + b];
                }
            }
        }
        table = new int[states * 256];
        for (int i = 0; i < table.length; i++) {
            int next = delta[i];
            table[i] = (i & 0xFF) == '\n' ? -1 : next | (output.get(next) << 16);
        }
    }

    private static int[] newRow() {
        int[] row = new int[256];
        Arrays.fill(row, -1);
        return row;
    }

    /** The packed transition table, indexed by {@code state << 8 | byte}. */
    int[] table() {
        return table;
    }
}
