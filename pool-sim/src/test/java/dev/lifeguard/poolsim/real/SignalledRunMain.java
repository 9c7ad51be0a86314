package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.scenario.Scenarios;

/**
 * A child JVM for {@link SignalCleanupTest}: runs the bundled stress test (10 simulated minutes) on the real engine
 * at speed 1 and prints {@code RUNNING <folder>} once requests flow, then runs until it is signalled.
 */
public final class SignalledRunMain {

    private SignalledRunMain() {}

    public static void main(String[] args) {
        boolean[] announced = {false};
        RunControl control = RunControl.defaults().speed(1.0).progress((fraction, message) -> {
            if (!announced[0] && message.startsWith("t=")) {
                announced[0] = true;
                System.out.println("RUNNING " + RunFolders.live());
                System.out.flush();
            }
        });
        new RealEngine().run(Scenarios.bundled("stress-test"), control);
        System.out.println("FINISHED");
    }
}
