/** The IR {@link dev.molt.ir.verify.Verifier}: every invariant it checks is listed in its class comment. */
package dev.molt.ir.verify;
