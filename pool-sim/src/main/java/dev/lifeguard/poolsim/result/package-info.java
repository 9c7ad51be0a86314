/** The result of a run ({@code lifeguard.result/1}), its statistics and the SLO check both engines share. */
package dev.lifeguard.poolsim.result;
