/** The one background executor: tasks with progress and cancel, callbacks delivered on the UI thread. */
package dev.lifeguard.desktop.concurrent;
