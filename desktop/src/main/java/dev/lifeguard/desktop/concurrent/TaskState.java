package dev.lifeguard.desktop.concurrent;

/** Where a background task stands. */
public enum TaskState {
    WAITING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** True once the task can no longer change. */
    public boolean isDone() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
