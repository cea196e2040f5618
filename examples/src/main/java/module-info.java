/**
 * Java examples of using the Molt toolkit as a library.
 */
module dev.molt.examples {
    requires dev.molt.frontend;

    exports dev.molt.examples;
}
