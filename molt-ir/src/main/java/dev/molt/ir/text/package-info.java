/**
 * The text form of Molt IR: {@link dev.molt.ir.text.IrPrinter} and {@link dev.molt.ir.text.IrParser}. The
 * grammar (EBNF) and every op are documented in docs/ir.md; print, parse, print gives identical text.
 */
package dev.molt.ir.text;
