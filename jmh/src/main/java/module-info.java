/**
 * JMH benchmarks of the Molt compiler itself.
 */
module dev.molt.jmh {
    requires dev.molt.frontend;
    requires dev.molt.passes;
    requires jmh.core;

    opens dev.molt.jmh;
}
