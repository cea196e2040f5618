/** Implementation of the C backend: module and function emitters, op translation, process running. */
package dev.molt.backend.c.internal;
