/**
 * JMH benchmarks of the Molt compiler itself.
 */
package dev.molt.jmh;
