package dev.lifeguard.poolsim.real;

/**
 * The database model's side of a connection, reachable from a pooled connection with
 * {@code connection.unwrap(ModelHandle.class)}.
 */
interface ModelHandle {

    /** The connection's number in the model, from 1 in order of opening. */
    long connectionId();

    /** Tells the model whether a request holds this connection now (to catch closes while in use). */
    void inUse(boolean held);
}
