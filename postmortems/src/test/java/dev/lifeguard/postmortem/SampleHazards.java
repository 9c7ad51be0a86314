package dev.lifeguard.postmortem;

import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import java.util.List;

/** A hazard-log incident the tests share, written here. */
public final class SampleHazards {

    private SampleHazards() {}

    /** One hazard with scored risk and controls of three types. */
    public static Incident wardRounds() {
        Hazard h = new Hazard(
                "HAZ-020",
                "Pool exhaustion during ward rounds",
                "Concurrent users triple at 08:00 and the pool of 10 runs out.",
                List.of("pool_size left at the default", "No alert on utilization"),
                "Requests wait 30 s, then fail.",
                "Clinicians cannot open patient records.",
                "Delayed treatment decisions.",
                List.of("SystemUnavailable"),
                "None",
                List.of(
                        new HazardControl(
                                ControlType.DESIGN,
                                "Set pool_size=20, max_overflow=10.",
                                true,
                                new Evidence(EvidenceKind.SIMULATION, "sim:ward-rounds", "0 timeouts at 3× load")),
                        new HazardControl(
                                ControlType.TESTING, "Load test 50 concurrent users for 10 minutes.", false, null),
                        new HazardControl(
                                ControlType.BUSINESS_PROCESS, "Alert above 80 % for 5 minutes.", false, null)),
                4,
                3,
                4,
                1,
                HazardStatus.OPEN,
                "Clinical Safety Officer",
                List.of("app/db.py"));
        return Incident.builder("INC-20250401-HZ20", "Ward-round pool exhaustion hazard", Severity.SEV3)
                .hazards(List.of(h))
                .build();
    }
}
