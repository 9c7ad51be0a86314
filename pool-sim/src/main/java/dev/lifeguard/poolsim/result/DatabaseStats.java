package dev.lifeguard.poolsim.result;

/**
 * What the database model saw during a run, over all instances.
 *
 * @param opened      connections opened
 * @param closed      connections closed by the pools
 * @param refused     connects refused because the database was at {@code maxConnections}
 * @param broken      connections broken by a restart
 * @param failed      connects that failed because the database was down (restarting)
 * @param peakOpen    the most connections open at once
 * @param closedInUse connections a pool closed while a request still held them (HikariCP never should)
 */
public record DatabaseStats(
        long opened, long closed, long refused, long broken, long failed, long peakOpen, long closedInUse) {

    /** Nothing happened (or the engine does not model the database's side). */
    public static final DatabaseStats NONE = new DatabaseStats(0, 0, 0, 0, 0, 0, 0);

    public DatabaseStats {
        if (opened < 0 || closed < 0 || refused < 0 || broken < 0 || failed < 0 || peakOpen < 0 || closedInUse < 0) {
            throw new IllegalArgumentException("database stats must not be negative: opened=" + opened + " closed="
                    + closed + " refused=" + refused + " broken=" + broken + " failed=" + failed + " peakOpen="
                    + peakOpen + " closedInUse=" + closedInUse);
        }
    }
}
