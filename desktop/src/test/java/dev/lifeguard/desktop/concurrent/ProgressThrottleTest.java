package dev.lifeguard.desktop.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final ProgressThrottle throttle = new ProgressThrottle(now::get, TimeUnit.MILLISECONDS.toNanos(100));

    @Test
    void offer_thousandReportsInOneSecond_postsTenTimes() {
        int posts = 0;
        for (int i = 0; i < 1000; i++) {
            now.set(TimeUnit.MILLISECONDS.toNanos(i));
            if (throttle.offer(new Progress(i / 1000.0, "step " + i))) {
                posts++;
                throttle.drain();
            }
        }
        assertThat(posts).isEqualTo(10);
    }

    @Test
    void offer_deliveryStillPending_doesNotPostAgain() {
        assertThat(throttle.offer(new Progress(0.1, "a"))).isTrue();
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(throttle.offer(new Progress(0.2, "b"))).isFalse();
    }

    @Test
    void drain_afterSeveralReports_returnsTheNewestOnce() {
        throttle.offer(new Progress(0.1, "a"));
        throttle.offer(new Progress(0.2, "b"));
        throttle.offer(new Progress(0.3, "c"));
        assertThat(throttle.drain()).isEqualTo(new Progress(0.3, "c"));
        assertThat(throttle.drain()).isNull();
    }
}
