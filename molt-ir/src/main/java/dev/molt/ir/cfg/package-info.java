/**
 * Control-flow graph and dominator tree of a function (Cooper-Harvey-Kennedy); used by the verifier and offered
 * by molt-passes as cached analyses.
 */
package dev.molt.ir.cfg;
