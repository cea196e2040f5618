/** Implementation of the IR text parser (not API). */
package dev.molt.ir.text.internal;
