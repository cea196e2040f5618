/**
 * Java examples of using the Molt toolkit as a library.
 */
module dev.molt.examples {
    requires transitive dev.molt.frontend;

    exports dev.molt.examples;
}
