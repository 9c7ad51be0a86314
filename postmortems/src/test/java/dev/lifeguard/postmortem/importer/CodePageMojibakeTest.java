package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTF-8 misread as each common single-byte code page is repaired, emoji included, and reported by code page. */
class CodePageMojibakeTest {

    @ParameterizedTest
    @CsvSource({
        "windows-1252, Windows-1252",
        "windows-1250, Windows-1250",
        "windows-1251, Windows-1251",
        "windows-1254, Windows-1254",
        "ISO-8859-2, ISO-8859-2",
    })
    void misreadUtf8_repairedInHeadingsAndReportedPerCodePage(String charset, String name) {
        String original = "# 🚨 Pool exhausted — café checkout\n\nErrors “spiked” at 10:00 🔥\n";
        String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
        assertThat(mojibake).isNotEqualTo(original);
        List<String> notes = new ArrayList<>();
        String repaired = TextRepair.repair(mojibake, notes);
        assertThat(repaired).isEqualTo(original);
        assertThat(notes).anyMatch(n -> n.startsWith("repaired ") && n.contains(" " + name + " mojibake"));
    }

    @ParameterizedTest
    @CsvSource({"ISO-8859-1", "ISO-8859-15"})
    void misreadUtf8_latinCodePages_repaired(String charset) {
        String original = "Zoë’s naïve retry — done 🚨";
        String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
        assertThat(TextRepair.repair(mojibake, new ArrayList<>())).isEqualTo(original);
    }

    @ParameterizedTest
    @CsvSource({"'Crème brûlée, Łódź, Ğüşİ and Привет stay as written'"})
    void realAccentedText_notTouched(String text) {
        List<String> notes = new ArrayList<>();
        assertThat(TextRepair.repair(text, notes)).isEqualTo(text);
        assertThat(notes).isEmpty();
    }
}
