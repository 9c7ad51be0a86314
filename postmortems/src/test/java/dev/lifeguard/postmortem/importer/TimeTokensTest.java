package dev.lifeguard.postmortem.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTokensTest {

    @Test
    void leadingTime_usualShapes_timeZoneAndRest() {
        var a = TimeTokens.leadingTime("12:35 AM: Escalated").orElseThrow();
        assertThat(a.time()).isEqualTo(LocalTime.of(0, 35));
        assertThat(a.twelveHour()).isTrue();
        assertThat(a.rest()).isEqualTo("Escalated");

        var b = TimeTokens.leadingTime("08:00 UTC: Issue detected").orElseThrow();
        assertThat(b.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(b.rest()).isEqualTo("Issue detected");

        var c = TimeTokens.leadingTime("14:05 — Deploy started").orElseThrow();
        assertThat(c.time()).isEqualTo(LocalTime.of(14, 5));
        assertThat(c.rest()).isEqualTo("Deploy started");

        var d = TimeTokens.leadingTime("2025-09-14 07:45 +02:00 | x").orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(d.zone()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void leadingTime_notATime_empty() {
        assertThat(TimeTokens.leadingTime("DB was slow at 10:00")).isEmpty();
        assertThat(TimeTokens.leadingTime("25:00 later")).isEmpty();
        assertThat(TimeTokens.leadingTime("13:00 PM: impossible")).isEmpty();
    }

    @Test
    void duration_writtenForms_summed() {
        assertThat(TimeTokens.duration("2 hours 45 minutes")).contains(Duration.ofMinutes(165));
        assertThat(TimeTokens.duration("3h 14m")).contains(Duration.ofMinutes(194));
        assertThat(TimeTokens.duration("about 90 min")).contains(Duration.ofMinutes(90));
        assertThat(TimeTokens.duration("May 10")).isEmpty();
    }

    @Test
    void percentFirstDateAndZone_inRunningText() {
        assertThat(TimeTokens.percent("errors for approximately 70% of users")).contains(70.0);
        assertThat(TimeTokens.firstDate("on May 10, 2024, 08:00 UTC")).contains(LocalDate.of(2024, 5, 10));
        assertThat(TimeTokens.firstDate("10 March 2025")).contains(LocalDate.of(2025, 3, 10));
        assertThat(TimeTokens.zoneIn("Timeline (all times Greenwich Mean Time)"))
                .contains(ZoneOffset.UTC);
        assertThat(TimeTokens.zoneIn("Date: 2025-06-02")).isEmpty();
    }

    @Test
    void zones_comeFromTheVocabulary_capitalsOnly() {
        assertThat(TimeTokens.leadingTime("09:30 NZDT outage begins")
                        .orElseThrow()
                        .zone())
                .isEqualTo(ZoneOffset.ofHours(13));
        assertThat(TimeTokens.leadingTime("09:30 AEDT: paged").orElseThrow().zone())
                .isEqualTo(ZoneOffset.ofHours(11));
        // "met" is a word here, not Middle European Time.
        var met = TimeTokens.leadingTime("10:00 met the DBA on the bridge").orElseThrow();
        assertThat(met.zone()).isNull();
        assertThat(met.rest()).isEqualTo("met the DBA on the bridge");
        assertThat(TimeTokens.zoneIn("Timeline (Central European Summer Time)")).contains(ZoneOffset.ofHours(2));
        // "Z" counts after a clock time only ("10:00Z"), never as a word in running text.
        Vocabulary.get().zones().entrySet().stream()
                .filter(z -> z.getKey().length() > 1)
                .forEach(z -> assertThat(TimeTokens.zoneIn("at 10:00 " + z.getKey()))
                        .as(z.getKey())
                        .contains(ZoneOffset.of(z.getValue())));
    }

    @Test
    void ambiguousZones_warnedWithTheReadingTaken() {
        assertThat(TimeTokens.leadingTime("14:00 IST paged").orElseThrow().zone())
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(TimeTokens.ambiguousZonesIn("Start: 14:00 IST, end 15:00 IST, then 16:00 CEST"))
                .singleElement()
                .asString()
                .contains("'IST'", "Irish Standard Time +01:00", "read as +05:30");
        assertThat(TimeTokens.ambiguousZonesIn("Start: 14:00 CEST")).isEmpty();
        // An offset written after the abbreviation settles it.
        assertThat(TimeTokens.ambiguousZonesIn("Start: 14:00 IST+01:00")).isEmpty();
    }
}
