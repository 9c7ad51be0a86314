package dev.lifeguard.desktop.workbench.counterfactual;

import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.postmortem.rules.LeakClimb;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A connection leak sized from the leak signature: active connections climbing by {@code perMinute} while
 * {@code ratePerSecond} requests arrive means that share of requests never returns its connection
 * ({@code perMinute ÷ (rate × 60)}). Without a climb (leak warnings only) nothing can size it: 0, set by hand.
 *
 * @param probability   the share of requests that leak, 0..1
 * @param perMinute     the climb of active connections per minute (0 when sized by hand)
 * @param ratePerSecond the request rate over the climb
 * @param basis         the evidence in words (the climb, or the warnings)
 */
public record LeakInference(double probability, double perMinute, double ratePerSecond, String basis)
        implements Inference {

    public LeakInference {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("leak 'probability' must be between 0 and 1, was " + probability);
        }
    }

    /** The leak the climb implies. */
    static LeakInference of(LeakClimb climb) {
        double perMinute = climb.perMinute();
        double rate = climb.meanRate();
        return new LeakInference(Math.min(1, perMinute / (rate * 60)), perMinute, rate, climb.text());
    }

    @Override
    public String what() {
        return "leak "
                + new BigDecimal(probability * 100)
                        .round(new MathContext(2))
                        .stripTrailingZeros()
                        .toPlainString()
                + " % of requests";
    }

    @Override
    public String from() {
        if (perMinute == 0) {
            return basis + " (no climb of active connections to size it: set it by hand)";
        }
        return String.format(
                Locale.ROOT,
                "from active +%.2f/min at %s req/s (%s)",
                perMinute,
                Decimals.plain(Math.round(ratePerSecond * 10) / 10.0),
                basis);
    }

    @Override
    public String unit() {
        return "% of requests leak";
    }

    @Override
    public double inferred() {
        return probability * 100;
    }

    @Override
    public double value(Scenario scenario) {
        return scenario.request().leakProbability() * 100;
    }

    @Override
    public Scenario apply(Scenario scenario, double percent) {
        RequestShape r = scenario.request();
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("request 'leakProbability' must be between 0 and 100 %, was " + percent);
        }
        return scenario.withRequest(new RequestShape(r.hold(), r.slow(), r.connectionsPerRequest(), percent / 100));
    }
}
