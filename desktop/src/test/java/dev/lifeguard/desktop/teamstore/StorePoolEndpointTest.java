package dev.lifeguard.desktop.teamstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorePoolEndpointTest {

    @TempDir
    Path dir;

    @Test
    void scrape_readsTheStorePoolsMxBean_withHikariNames() throws Exception {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(dir.resolve("s.db"), StoreOptions.TESTING);
                StorePoolEndpoint endpoint = new StorePoolEndpoint(store::poolStats, 4, "store")) {
            assertThat(endpoint.url()).startsWith("http://127.0.0.1:");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(endpoint.url())).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            int total = store.poolStats().total();
            assertThat(response.body())
                    .contains("hikaricp_connections{pool=\"store\"} " + total + "\n")
                    .contains("hikaricp_connections_active{pool=\"store\"} 0\n")
                    .contains("hikaricp_connections_max{pool=\"store\"} 4\n");
        }
    }
}
