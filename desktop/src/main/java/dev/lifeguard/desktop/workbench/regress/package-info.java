/** Past incidents as a regression suite: each recorded load replayed against a proposed pool. */
@NullMarked
package dev.lifeguard.desktop.workbench.regress;

import org.jspecify.annotations.NullMarked;
