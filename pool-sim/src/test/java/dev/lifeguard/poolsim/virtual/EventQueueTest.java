package dev.lifeguard.poolsim.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void poll_returnsEventsByTimeThenSchedulingOrder() {
        EventQueue q = new EventQueue();
        q.schedule(50, 1, 500);
        q.schedule(10, 2, 100);
        q.schedule(50, 3, 501);
        q.schedule(10, 4, 101);
        List<Long> payloads = new ArrayList<>();
        while (!q.isEmpty()) {
            q.poll();
            payloads.add(q.payload());
        }
        assertThat(payloads).containsExactly(100L, 101L, 500L, 501L);
    }

    @Test
    void manyRandomEvents_comeOutSortedAndStableAcrossGrowth() {
        EventQueue q = new EventQueue();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            q.schedule(random.nextLong(1_000), 0, i);
        }
        long lastTime = -1;
        long lastPayloadAtTime = -1;
        while (!q.isEmpty()) {
            q.poll();
            if (q.time() != lastTime) {
                assertThat(q.time()).isGreaterThan(lastTime);
                lastTime = q.time();
                lastPayloadAtTime = -1;
            }
            assertThat(q.payload()).isGreaterThan(lastPayloadAtTime); // same time: scheduling order
            lastPayloadAtTime = q.payload();
        }
    }

    @Test
    void waiters_servedOnesAreSkipped_deadlinesStayFifo() {
        Waiters w = new Waiters();
        w.add(1, 0, 100);
        w.add(2, 0, 200);
        w.add(3, 0, 300);
        assertThat(w.pollLive()).isEqualTo(1);
        assertThat(w.nextDeadline()).isEqualTo(200);
        assertThat(w.pollExpired(199)).isEqualTo(-1);
        assertThat(w.pollExpired(250)).isEqualTo(2);
        assertThat(w.live()).isEqualTo(1);
        w.add(2, 1, 400);
        assertThat(w.pollLive()).isEqualTo(3);
        assertThat(w.pollLive()).isEqualTo(2);
        assertThat(w.pollLive()).isEqualTo(-1);
    }
}
