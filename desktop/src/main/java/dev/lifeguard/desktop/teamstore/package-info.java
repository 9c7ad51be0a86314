/** The team store in the console: live sync, the offline journal, history, connecting, the store's own pool. */
package dev.lifeguard.desktop.teamstore;
