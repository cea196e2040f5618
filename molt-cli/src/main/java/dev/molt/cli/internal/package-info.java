/**
 * The picocli commands behind {@link dev.molt.cli.Main}; not API. One class per command, named for
 * it ({@code ParseCommand} is {@code molt parse}).
 */
package dev.molt.cli.internal;
