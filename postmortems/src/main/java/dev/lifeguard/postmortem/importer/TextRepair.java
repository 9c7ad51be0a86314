package dev.lifeguard.postmortem.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads real-world text: UTF-8 or Windows-1252 bytes, a byte-order mark, CRLF line ends, and the Windows-1252
 * mojibake of UTF-8 ({@code â€”} for {@code —}, {@code ðŸ”¥} for an emoji), which is repaired.
 */
public final class TextRepair {

    /** Windows-1252 bytes 0x80..0x9F as Unicode; 0 where the byte is undefined. */
    private static final char[] CP1252_HIGH = {
        '€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0, 0, '‘', '’', '“', '”', '•', '–', '—',
        '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ'
    };

    private TextRepair() {}

    /**
     * The text of {@code bytes}: UTF-8 when valid, else Windows-1252; BOM removed, line ends normalised,
     * mojibake repaired.
     *
     * @param notes receives one line per repair made ({@code null} permitted)
     */
    public static String decode(byte[] bytes, List<String> notes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
            note(notes, "the file is not UTF-8; read it as Windows-1252");
        }
        return repair(text, notes);
    }

    /** Removes a BOM, normalises line ends and repairs mojibake in already decoded text. */
    public static String repair(String text, List<String> notes) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.contains("â€\uFFFD")) {
            // The closing quote's last byte (0x9D) has no Windows-1252 character, so decoders that replace it
            // leave U+FFFD; of the characters E2 80 xx could be, '”' is the one text actually holds.
            t = t.replace("â€\uFFFD", "”");
            note(notes, "read 'â€' followed by a replacement character as '”'");
        }
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length());
        int repairs = 0;
        int i = 0;
        while (i < t.length()) {
            if (byteOf(t.charAt(i)) < 0x80) {
                out.append(t.charAt(i));
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && byteOf(t.charAt(j)) >= 0x80) {
                j++;
            }
            String fixed = fromMojibake(t, i, j);
            if (fixed != null) {
                out.append(fixed);
                repairs++;
            } else {
                out.append(t, i, j);
            }
            i = j;
        }
        if (repairs > 0) {
            note(
                    notes,
                    "repaired " + repairs + " Windows-1252 mojibake sequence" + (repairs == 1 ? "" : "s")
                            + " (UTF-8 read as Windows-1252, e.g. 'â€”' for '—')");
        }
        return out.toString();
    }

    /** The UTF-8 text that the run [from, to) of Windows-1252 characters encodes, or {@code null}. */
    private static String fromMojibake(String t, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            bytes[k - from] = (byte) byteOf(t.charAt(k));
        }
        try {
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return decoded.length() < to - from ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The Windows-1252 byte of {@code c}, or −1 when it has none (ASCII gives its own code below 0x80). */
    private static int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c <= 0xFF) {
            return c;
        }
        for (int k = 0; k < CP1252_HIGH.length; k++) {
            if (CP1252_HIGH[k] == c) {
                return 0x80 + k;
            }
        }
        return -1;
    }

    private static void note(List<String> notes, String text) {
        if (notes != null) {
            notes.add(text);
        }
    }
}
