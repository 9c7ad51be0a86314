/** The result of a run ({@code lifeguard.result/1}), its statistics and the SLO check both engines share. */
@NullMarked
package dev.lifeguard.poolsim.result;

import org.jspecify.annotations.NullMarked;
