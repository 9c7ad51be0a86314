package dev.lifeguard.postmortem.doc;

import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.RiskMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template view of a hazard-log entry, with its controls grouped by type and the risk matrix. */
final class HazardModel {

    private static final Map<ControlType, String> HEADINGS = Map.of(
            ControlType.DESIGN, "Design controls (manufacturer)",
            ControlType.TESTING, "Testing controls (manufacturer)",
            ControlType.TRAINING, "Training controls (deployment)",
            ControlType.BUSINESS_PROCESS, "Business process controls (deployment)");

    private HazardModel() {}

    static Map<String, Object> of(Hazard h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("name", h.name());
        m.put("description", h.description());
        m.put("causes", h.causes());
        m.put("effect", h.effect());
        m.put("hazard", h.hazard());
        m.put("harm", h.harm());
        m.put("hazardTypes", h.hazardTypes());
        m.put("existingControls", h.existingControls());
        m.put("severity", score(h.severity()));
        m.put("likelihood", score(h.likelihood()));
        m.put("initialRisk", h.initialRisk().map(r -> r.label()).orElse("TBC"));
        m.put("residualSeverity", score(h.residualSeverity()));
        m.put("residualLikelihood", score(h.residualLikelihood()));
        m.put("residualRisk", h.residualRisk().map(r -> r.label()).orElse("TBC"));
        m.put("status", h.status().label());
        m.put("assignment", h.assignment());
        m.put("codeReferences", h.codeReferences());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (ControlType type : ControlType.values()) {
            var controls = h.controlsOf(type);
            if (controls.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var c : controls) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("text", c.text());
                row.put("implemented", c.implemented());
                row.put("evidence", c.evidence() == null ? null : c.evidence().summary());
                rows.add(row);
            }
            groups.add(Map.of("heading", HEADINGS.get(type), "controls", rows));
        }
        m.put("controlGroups", groups);
        m.put("riskMatrix", matrix(h));
        return m;
    }

    private static String score(Integer value) {
        return value == null ? "TBC" : value.toString();
    }

    /** Rows of likelihood 5..1, each cell the rating label, the hazard's own cells marked. */
    private static List<Map<String, Object>> matrix(Hazard h) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int severity = 1; severity <= 5; severity++) {
                boolean initial = h.severity() != null
                        && h.severity() == severity
                        && h.likelihood() != null
                        && h.likelihood() == likelihood;
                boolean residual = h.residualSeverity() != null
                        && h.residualSeverity() == severity
                        && h.residualLikelihood() != null
                        && h.residualLikelihood() == likelihood;
                String mark = (initial ? " (initial)" : "") + (residual ? " (residual)" : "");
                cells.add(Map.of("rating", RiskMatrix.risk(severity, likelihood).rating() + mark));
            }
            rows.add(Map.of("likelihood", RiskMatrix.LIKELIHOOD_LABELS[likelihood - 1], "cells", cells));
        }
        return rows;
    }
}
