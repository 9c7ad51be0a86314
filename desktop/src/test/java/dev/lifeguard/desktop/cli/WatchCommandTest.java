package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchCommandTest {

    @Test
    void badOptions_exitTwoNamingTheOption() {
        CliRun severity = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--exit-on", "fatal");
        CliRun interval = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--interval", "soon");
        CliRun rule = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--rule", "utilization above 80");
        CliRun scheme = CliRun.of("watch", "ftp://127.0.0.1/metrics");

        assertThat(severity.exitCode()).isEqualTo(2);
        assertThat(severity.err()).contains("--exit-on: 'fatal' is not warning or critical");
        assertThat(interval.exitCode()).as(interval.err()).isEqualTo(2);
        assertThat(interval.err()).contains("--interval");
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.err()).contains("is not of the form");
        assertThat(scheme.exitCode()).isEqualTo(2);
        assertThat(scheme.err()).contains("http:// or https://");
    }

    @Test
    void downEndpoint_isReportedNotFatal_andForEndsTheWatch() {
        // port 1 on loopback: nothing listens there
        // generous --for: the first scrape must have time to fail even on a loaded machine
        CliRun run = CliRun.of("watch", "http://127.0.0.1:1/metrics", "--interval", "100ms", "--for", "5s");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("cannot scrape http://127.0.0.1:1/metrics: connection refused");
    }
}
