package dev.lifeguard.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private final Timestamps berlin = new Timestamps(ZoneId.of("Europe/Berlin"), 2024);

    @Test
    void zoneAbbreviations_asPostgresAndLog4jWriteThem_areRespected() {
        assertThat(berlin.find("2024-05-10 10:34:12.123 CEST [4711] FATAL:  sorry, too many clients already"))
                .isEqualTo(OffsetDateTime.parse("2024-05-10T10:34:12.123+02:00"));
        assertThat(berlin.find("2024-01-10 10:34:12 EST LOG:  connection received"))
                .isEqualTo(OffsetDateTime.parse("2024-01-10T10:34:12-05:00"));
        assertThat(berlin.find("2024-07-01 03:00:00 PDT ERROR x"))
                .isEqualTo(OffsetDateTime.parse("2024-07-01T03:00:00-07:00"));
        assertThat(berlin.find("2024-07-01 03:00:00 ACST"))
                .isEqualTo(OffsetDateTime.parse("2024-07-01T03:00:00+09:30"));
        assertThat(berlin.find("2024-07-01 03:00:00 GMT")).isEqualTo(OffsetDateTime.parse("2024-07-01T03:00:00Z"));
        assertThat(berlin.find("2024-07-01T03:00:00Z")).isEqualTo(OffsetDateTime.parse("2024-07-01T03:00:00Z"));
    }

    @Test
    void wordsAfterTheTime_andAmbiguousAbbreviations_readInTheGivenZone() {
        // Berlin is +02:00 in May: a level name or an abbreviation with two meanings is not an offset.
        OffsetDateTime local = OffsetDateTime.parse("2024-05-10T10:34:12+02:00");
        assertThat(berlin.find("2024-05-10 10:34:12 INFO  HikariPool-1 - Pool stats"))
                .isEqualTo(local);
        assertThat(berlin.find("2024-05-10 10:34:12 WARNING something")).isEqualTo(local);
        assertThat(berlin.find("2024-05-10 10:34:12 IST x")).isEqualTo(local);
        assertThat(berlin.find("2024-05-10 10:34:12 +0530 x"))
                .isEqualTo(OffsetDateTime.parse("2024-05-10T10:34:12+05:30"));
    }
}
