package dev.lifeguard.postmortem.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads real-world text: UTF-8 or Windows-1252 bytes, a byte-order mark, CRLF line ends, and the mojibake of UTF-8
 * read as a single-byte code page (Windows-1250/1251/1252/1254, ISO-8859-1/2/15: {@code â€”} for {@code —},
 * {@code ğŸš¨} for an emoji), which is repaired everywhere and reported per code page.
 */
public final class TextRepair {

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
        // Each pass repairs with the code page that removes the most suspicious sequences; a repair is kept only
        // when it lowers their count, so real accented text is never "repaired".
        int suspicious = suspicious(t);
        while (suspicious > 0) {
            CodePage best = null;
            String bestText = null;
            int bestCount = suspicious;
            int bestRepairs = 0;
            int bestBorrowed = Integer.MAX_VALUE;
            for (CodePage cp : CODE_PAGES) {
                int[] repairs = {0, 0};
                String candidate = repairWith(t, cp, repairs);
                int count = suspicious(candidate);
                // Ties go to the code page that needed fewest C1 stand-ins: a misread in ISO-8859-x leaves C1
                // controls that Windows code pages would have shown as letters.
                boolean better = count < bestCount || best != null && count == bestCount && repairs[1] < bestBorrowed;
                if (repairs[0] > 0 && better) {
                    bestBorrowed = repairs[1];
                    best = cp;
                    bestText = candidate;
                    bestCount = count;
                    bestRepairs = repairs[0];
                }
            }
            if (best == null) {
                break;
            }
            t = bestText;
            suspicious = bestCount;
            note(
                    notes,
                    "repaired " + bestRepairs + " " + best.name + " mojibake sequence" + (bestRepairs == 1 ? "" : "s")
                            + " (UTF-8 read as " + best.name + ")");
        }
        return t;
    }

    /** A single-byte code page: which byte each character stands for. */
    private record CodePage(String name, Map<Character, Integer> bytes, Set<Character> borrowed) {

        static CodePage of(String name, String charset) {
            Map<Character, Integer> map = new HashMap<>();
            Set<Character> borrowed = new HashSet<>();
            Charset cs = Charset.forName(charset);
            for (int b = 0x80; b <= 0xFF; b++) {
                char c = new String(new byte[] {(byte) b}, cs).charAt(0);
                if (c != '\uFFFD') {
                    map.put(c, b);
                }
            }
            // Bytes a code page leaves undefined often travel as the C1 control of the same number.
            for (int b = 0x80; b <= 0x9F; b++) {
                if (map.putIfAbsent((char) b, b) == null) {
                    borrowed.add((char) b);
                }
            }
            return new CodePage(name, Map.copyOf(map), Set.copyOf(borrowed));
        }

        int byteOf(char c) {
            return c < 0x80 ? c : bytes.getOrDefault(c, -1);
        }
    }

    /** The code pages UTF-8 is commonly misread as, most common first (ties go to the earlier one). */
    private static final List<CodePage> CODE_PAGES = List.of(
            CodePage.of("Windows-1252", "windows-1252"),
            CodePage.of("Windows-1250", "windows-1250"),
            CodePage.of("Windows-1251", "windows-1251"),
            CodePage.of("Windows-1254", "windows-1254"),
            CodePage.of("ISO-8859-1", "ISO-8859-1"),
            CodePage.of("ISO-8859-2", "ISO-8859-2"),
            CodePage.of("ISO-8859-15", "ISO-8859-15"));

    /** Runs of non-ASCII characters that some code page turns into multi-byte UTF-8, plus U+FFFD. */
    static int suspicious(String t) {
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\uFFFD') {
                count++;
            }
        }
        for (CodePage cp : CODE_PAGES) {
            int[] runs = {0, 0};
            repairWith(t, cp, runs);
            count = Math.max(count, runs[0]);
        }
        return count;
    }

    private static String repairWith(String t, CodePage cp, int[] repairs) {
        StringBuilder out = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            if (cp.byteOf(t.charAt(i)) < 0x80) {
                out.append(t.charAt(i));
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && cp.byteOf(t.charAt(j)) >= 0x80) {
                j++;
            }
            String fixed = fromMojibake(t, i, j, cp);
            if (fixed != null) {
                out.append(fixed);
                repairs[0]++;
                for (int k = i; k < j; k++) {
                    repairs[1] += cp.borrowed().contains(t.charAt(k)) ? 1 : 0;
                }
            } else {
                out.append(t, i, j);
            }
            i = Math.max(j, i + 1);
        }
        return out.toString();
    }

    /** The UTF-8 text that the run [from, to) of characters of {@code cp} encodes, or {@code null}. */
    private static String fromMojibake(String t, int from, int to, CodePage cp) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            bytes[k - from] = (byte) cp.byteOf(t.charAt(k));
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

    private static void note(List<String> notes, String text) {
        if (notes != null) {
            notes.add(text);
        }
    }
}
