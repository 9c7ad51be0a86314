package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    @Test
    void repair_utf8ReadAsWindows1252_restoresDashQuotesAndEmoji() {
        String original = "Pool — “exhausted” 🔥 café × 3";
        String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        List<String> notes = new ArrayList<>();

        String repaired = TextRepair.repair(mojibake, notes);

        assertThat(mojibake).contains("â€”");
        assertThat(repaired).isEqualTo(original);
        assertThat(notes).hasSize(2).last().asString().startsWith("repaired 5 Windows-1252 mojibake");
    }

    @Test
    void repair_legitimateAccentsAndDashes_leftAlone() {
        List<String> notes = new ArrayList<>();

        assertThat(TextRepair.repair("Zoë paged — naïve façade é", notes)).isEqualTo("Zoë paged — naïve façade é");
        assertThat(notes).isEmpty();
    }

    @Test
    void decode_windows1252BytesBomAndCrlf_normalised() {
        byte[] bytes = "a “b”\r\nc\r".getBytes(Charset.forName("windows-1252"));
        List<String> notes = new ArrayList<>();

        assertThat(TextRepair.decode(bytes, notes)).isEqualTo("a “b”\nc\n");
        assertThat(notes).contains("the file is not UTF-8; read it as Windows-1252");
    }

    @Test
    void decode_utf8WithBom_bomRemoved() {
        byte[] bytes = "\uFEFF# Title\n".getBytes(StandardCharsets.UTF_8);

        assertThat(TextRepair.decode(bytes, new ArrayList<>())).isEqualTo("# Title\n");
    }
}
