/**
 * Java examples of using the Molt toolkit as a library.
 */
module dev.molt.examples {
    requires transitive dev.molt.frontend;
    requires dev.molt.passes;

    exports dev.molt.examples;
}
