/**
 * Java examples of using the Molt toolkit as a library.
 */
package dev.molt.examples;
