/** Past incidents as a regression suite: each recorded load replayed against a proposed pool. */
package dev.lifeguard.desktop.workbench.regress;
