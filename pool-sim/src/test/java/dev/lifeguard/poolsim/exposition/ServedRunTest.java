package dev.lifeguard.poolsim.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.RunListener;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ServedRunTest {

    private record Gauges(
            String poolName,
            int total,
            int active,
            int idle,
            int pending,
            int max,
            int min,
            long timeoutsTotal,
            long servedTotal)
            implements PoolGauges {}

    @Test
    void servedRun_keepsTheExistingListener_andServesThePoolsTheRunOpens() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        RunControl control = RunControl.defaults().listener(new RunListener() {
            @Override
            public void poolOpened(PoolGauges gauges) {
                heard.add(gauges.poolName());
            }
        });

        try (ServedRun served = ServedRun.start("127.0.0.1:0", control)) {
            control.listener().poolOpened(new Gauges("HikariPool-1", 5, 5, 0, 3, 5, 5, 2, 40));
            String body = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(served.url()).build(), HttpResponse.BodyHandlers.ofString())
                    .body();

            assertThat(heard).containsExactly("HikariPool-1");
            assertThat(body)
                    .contains(
                            "hikaricp_connections_pending{pool=\"HikariPool-1\"} 3.0",
                            "hikaricp_connections_timeout_total{pool=\"HikariPool-1\"} 2.0");
        }
    }
}
