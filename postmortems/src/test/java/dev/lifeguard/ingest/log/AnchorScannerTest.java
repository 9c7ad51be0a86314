package dev.lifeguard.ingest.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnchorScannerTest {

    @Test
    void everyAnchorAndEveryNewline_foundAndCountedExactly_whateverTheSkipsAndTheRangeEnds() {
        // Text made of anchor pieces, newlines and letters, so that every skip length and near-miss occurs.
        SplittableRandom random = new SplittableRandom(20261123);
        String[] pieces = {
            "d out af",
            "d out",
            " af",
            "(total=",
            "status=5",
            "status=2",
            "Too many",
            "ion slot",
            "\n",
            "\n\n",
            "\r\n",
            "a",
            "xyz",
            "P/1.1\" 5",
            "many cli",
            "out after",
            "ool limi",
            "-"
        };
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(1, 400);
            for (int i = 0; i < parts; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
            int from = random.nextInt(0, Math.min(bytes.length, 9) + 1);
            int to = random.nextInt(from, bytes.length + 1);

            AnchorScanner.Hits hits = AnchorScanner.scan(bytes, from, to);
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                assertThat(hits.newlinesBefore(i))
                        .as("newlines before %d", hits.at(i))
                        .isEqualTo(count(bytes, from, hits.at(i)));
                found.add(hits.at(i));
            }

            assertThat(found).as("anchors in %s [%d, %d)", text, from, to).isEqualTo(anchorsIn(bytes, from, to));
            assertThat(hits.newlines()).isEqualTo(count(bytes, from, to));
        }
    }

    private static List<Integer> anchorsIn(byte[] bytes, int from, int to) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        List<Integer> starts = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (LogSignature s : LogSignature.values()) {
            anchors.addAll(s.anchors());
        }
        for (int i = from; i + AnchorScanner.WIDTH <= to; i++) {
            for (String anchor : anchors) {
                if (text.startsWith(anchor, i)) {
                    starts.add(i);
                    break;
                }
            }
        }
        return starts;
    }

    private static long count(byte[] bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += bytes[i] == '\n' ? 1 : 0;
        }
        return n;
    }
}
