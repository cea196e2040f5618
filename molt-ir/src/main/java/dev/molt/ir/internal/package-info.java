/** Implementation details of molt-ir (standard op table, dominance algorithm); not API. */
package dev.molt.ir.internal;
