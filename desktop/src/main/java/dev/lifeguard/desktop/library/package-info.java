/** The incident library: search, filters, sort, new, import, delete with undo. */
package dev.lifeguard.desktop.library;
