package dev.lifeguard.poolsim.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Filling a large real pool is reported as it goes and can be cancelled (issue #16: it used to wait silently). */
class PoolFillTest {

    static final Pattern FILLING = Pattern.compile("filling pools: (\\d+) of 120 connections open");

    static Scenario pool120() throws Exception {
        // 2 pools of 60: HikariCP adds one connection every 30 ms, so filling takes about 1.8 s
        return Scenarios.read("""
                {"format": "lifeguard.scenario/1", "name": "fill", "seed": 1, "duration": "200ms",
                 "pool": {"kind": "hikari", "maximumPoolSize": 60, "minimumIdle": 60},
                 "database": {"instances": 2},
                 "load": {"phases": [{"type": "burst", "count": 5}]},
                 "request": {"hold": {"dist": "constant", "value": "5ms"}}}
                """, "fill.json");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fillingPools_reportsGrowingCountsBeforeTimeZero() throws Exception {
        List<String> messages = new ArrayList<>();
        RunControl control = RunControl.defaults().speed(1.0).progress((fraction, message) -> {
            synchronized (messages) {
                messages.add(fraction + " " + message);
            }
        });

        new RealEngine().run(pool120(), control);

        List<Integer> counts = new ArrayList<>();
        synchronized (messages) {
            for (String m : messages) {
                Matcher matcher = FILLING.matcher(m);
                if (matcher.find()) {
                    assertThat(m).startsWith("0.0 ");
                    counts.add(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        assertThat(counts).hasSizeGreaterThanOrEqualTo(3).isSorted();
        assertThat(counts.get(counts.size() - 1)).isGreaterThan(counts.get(0)).isLessThan(120);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cancelWhileFilling_stops_andLeavesNoFolder() throws Exception {
        List<Path> before = LeaveNothingBehindTest.ourTempFolders();
        RunControl control = RunControl.defaults().speed(1.0);
        long[] cancelledAt = {0};
        control.progress((fraction, message) -> {
            if (message.startsWith("filling pools") && cancelledAt[0] == 0) {
                cancelledAt[0] = System.nanoTime();
                control.cancel();
            }
        });

        assertThatThrownBy(() -> new RealEngine().run(pool120(), control))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("while its pools were filling");

        assertThat(cancelledAt[0]).isPositive();
        assertThat(LeaveNothingBehindTest.ourTempFolders()).isEqualTo(before);
        assertThat(RunFolders.live()).isEmpty();
    }
}
