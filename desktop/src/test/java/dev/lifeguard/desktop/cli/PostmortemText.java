package dev.lifeguard.desktop.cli;

/** Documents of each kind for the import parity test, written for it (no incident here happened). */
final class PostmortemText {

    private PostmortemText() {}

    /** One postmortem in Markdown, with its id, labels, timeline and action items. */
    static final String MARKDOWN = """
            # INC-7301 — 2026-03-04 — Checkout stalls while the pool waits on a schema lock

            - **Severity:** SEV2
            - **Services:** checkout-api, orders-db

            ## Summary

            For 26 minutes checkout requests queued for connections while a migration held a lock on the orders table.

            ## Root cause

            The migration job ran inside the request pool and kept an ALTER TABLE waiting behind long reads.

            ## Timeline

            - 2026-03-04 14:02 UTC — acquire p99 above 2 s on checkout-api
            - 2026-03-04 14:09 UTC — on-call paged by the pending-threads alert
            - 2026-03-04 14:28 UTC — migration cancelled, queue drained

            ## Action items

            - [Open] Run migrations from their own pool with a lock timeout
            - [Done] Alert when pending threads stay above 10 for a minute
            """;

    /** A plain-text postmortem with colon labels and no id. */
    static final String PLAIN = """
            Invoice run exhausted the billing pool

            Summary:
            The monthly invoice run opened one transaction per customer and kept every
            connection of the billing pool busy for forty minutes.

            Date: 2026-06-01

            Timeline (UTC):

            02:00: Invoice run started.
            02:07: Billing API requests began timing out after 30 s.
            02:41: Invoice run paused; pool recovered.

            Root Cause:
            Each invoice held its connection while rendering a PDF.

            Resolution:
            Rendering moved outside the transaction.

            Action Items:
            Render invoices before opening the transaction.
            Give the invoice run a pool of its own.
            """;

    /** A postmortem exported as HTML (headings, paragraphs and a list). */
    static final String HTML = """
            <h1>Reporting pool drained by an unbounded export</h1>
            <p><strong>Severity:</strong> SEV3</p>
            <h2>Summary</h2>
            <p>A customer export streamed four million rows through one connection per page and
            starved the reporting pool for twelve minutes.</p>
            <h2>Root cause</h2>
            <p>The export paged with OFFSET and opened a new transaction for every page.</p>
            <h2>Action items</h2>
            <ul>
            <li>Page exports by key instead of OFFSET</li>
            <li>Limit exports to two concurrent connections</li>
            </ul>
            """;

    /** An incident log: two entries, each with its id. */
    static final String LOG = """
            # Payments incident log, third quarter

            ## INC-2026-081 — 2026-07-08 — Card vault timeouts after a pool resize

            - **Severity:** SEV2
            - **Services:** card-vault
            - **Root cause:** maximumPoolSize lowered from 24 to 6 in a config clean-up.
            - **Resolution:** Size restored and pinned in the deployment check.
            - **Action items:**
              - [Open] Fail the deploy when a pool shrinks by more than half

            ## INC-2026-094 — 2026-08-21 — Refund workers leaked connections

            - **Severity:** SEV3
            - **Services:** refunds
            - **Root cause:** An early return skipped closing the connection on a declined refund.
            - **Resolution:** try-with-resources around the refund handler.
            - **Action items:**
              - [Done] Turn on leakDetectionThreshold in staging
            """;

    /** An incident register: one table row per incident. */
    static final String REGISTER = """
            # Operations register, autumn

            | ID | Opened | Closed | Severity | Service | What happened | Follow-up |
            |----|--------|--------|----------|---------|---------------|-----------|
            | OPS-41 | 2026-09-02 08:15 UTC | 2026-09-02 08:50 UTC | SEV2 | search-api | Replica lag made the pool validate every borrow | Lower validationTimeout |
            | OPS-42 | 2026-10-11 19:30 UTC | 2026-10-11 21:05 UTC | SEV3 | mailer | Retry loop opened a connection per attempt | [Done] Reuse the pooled connection |
            """;

    /** A hazard-log entry with causes, controls of three kinds and scores. */
    static final String HAZARD = """
            # Hazard HAZ-031

            ## Hazard name

            Pool keeps connections to a demoted primary

            ## Description

            After a switchover the pool goes on using connections to the old primary, which now refuses writes.

            ## Causes

            1. Connections are not validated when borrowed
            2. Connection lifetime is longer than a switchover

            ## Effect

            Writes fail until every pooled connection has been replaced.

            ## Harm

            Prescriptions entered during the switchover are not saved.

            ## Hazard controls

            ### Design controls (manufacturer)

            - [Implemented] Validate connections on borrow after a switchover event
            - Limit connection lifetime to five minutes

            ### Testing controls (manufacturer)

            - Rehearse a switchover under load every release

            ## Initial risk

            - **Severity scoring:** 4
            - **Likelihood scoring:** 3
            """;

    /** A metric export: pool gauges over time. */
    static final String CSV = """
            time,pool,active,idle,pending
            2026-03-04T14:00:00Z,checkout,8,2,0
            2026-03-04T14:01:00Z,checkout,10,0,7
            """;

    /** A Prometheus text exposition of pool gauges. */
    static final String PROMETHEUS = """
            # TYPE hikaricp_connections_active gauge
            hikaricp_connections_active{pool="checkout"} 10
            hikaricp_connections_pending{pool="checkout"} 7
            """;

    /** Application log lines. */
    static final String LOG_LINES = """
            2026-03-04 14:02:11 WARN HikariPool-1 - Connection is not available, request timed out after 30000ms.
            2026-03-04 14:02:12 WARN HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=7)
            """;
}
