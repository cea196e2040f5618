/**
 * The compiler driver API and the molt command (DESIGN §7).
 */
package dev.molt.cli;
