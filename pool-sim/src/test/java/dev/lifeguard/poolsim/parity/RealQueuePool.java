package dev.lifeguard.poolsim.parity;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lifeguard.incident.json.LifeguardJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives a real SQLAlchemy {@code QueuePool} from a Python script written for the occasion: for each case,
 * a burst of threads that each check a connection out (sqlite3 in memory: nothing to wait for), hold it,
 * and return it; cases run a few at a time. The script prints, per case, how many were served, how many
 * timed out and the distinct TimeoutError texts.
 */
final class RealQueuePool {

    /** One burst against one pool. */
    record Case(int poolSize, int maxOverflow, double poolTimeout, int burst) {}

    /** What the real pool did. */
    record Outcome(int served, int timedOut, List<String> errors, List<String> messages) {}

    private static final String SCRIPT = """
            import json, sqlite3, sys, threading, time
            from sqlalchemy.pool import QueuePool
            from sqlalchemy import exc

            hold, batch = float(sys.argv[1]), int(sys.argv[2])
            cases = json.load(sys.stdin)
            results = [None] * len(cases)

            def run(i, case):
                pool = QueuePool(lambda: sqlite3.connect(":memory:", check_same_thread=False),
                                 pool_size=case["poolSize"], max_overflow=case["maxOverflow"],
                                 timeout=case["poolTimeout"])
                out = {"served": 0, "timedOut": 0, "errors": [], "messages": []}
                lock = threading.Lock()
                start = threading.Event()
                def request():
                    start.wait()
                    try:
                        conn = pool.connect()
                    except exc.TimeoutError as e:
                        with lock:
                            out["timedOut"] += 1
                            if str(e) not in out["messages"]:
                                out["messages"].append(str(e))
                        return
                    except BaseException as e:
                        with lock:
                            out["errors"].append(type(e).__name__)
                        return
                    time.sleep(hold)
                    conn.close()
                    with lock:
                        out["served"] += 1
                threads = [threading.Thread(target=request) for _ in range(case["burst"])]
                for t in threads:
                    t.start()
                start.set()
                for t in threads:
                    t.join()
                results[i] = out

            for first in range(0, len(cases), batch):
                runners = [threading.Thread(target=run, args=(i, cases[i]))
                           for i in range(first, min(first + batch, len(cases)))]
                for r in runners:
                    r.start()
                for r in runners:
                    r.join()
            json.dump(results, sys.stdout)
            """;

    private static final String PROBE = "import sqlalchemy; print(sqlalchemy.__version__)";

    private final String python;
    private final String version;

    private RealQueuePool(String python, String version) {
        this.python = python;
        this.version = version;
    }

    /**
     * The first Python 3 that imports SQLAlchemy, or the reason there is none; {@code python3} on the
     * PATH first, then Debian's interpreter (which the python3-sqlalchemy package installs into).
     */
    static Object find() {
        StringBuilder tried = new StringBuilder();
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", PROBE)
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return new RealQueuePool(python, out);
                }
                tried.append(python)
                        .append(": ")
                        .append(out.lines().reduce((a, b) -> b).orElse(""))
                        .append("; ");
            } catch (IOException e) {
                tried.append(python).append(": ").append(e.getMessage()).append("; ");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return "no Python 3 with SQLAlchemy (apt-get install python3-sqlalchemy): " + tried;
    }

    String version() {
        return version;
    }

    /** Runs every case against real SQLAlchemy, {@code batch} at a time, each request holding {@code holdSeconds}. */
    List<Outcome> run(List<Case> cases, double holdSeconds, int batch, Path dir) throws Exception {
        Path script = dir.resolve("queuepool_bursts.py");
        Files.writeString(script, SCRIPT);
        Process p = new ProcessBuilder(python, script.toString(), Double.toString(holdSeconds), Integer.toString(batch))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        p.getOutputStream().write(LifeguardJson.mapper().writeValueAsBytes(cases));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the SQLAlchemy script failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return LifeguardJson.mapper().readValue(out, new TypeReference<List<Outcome>>() {});
    }
}
