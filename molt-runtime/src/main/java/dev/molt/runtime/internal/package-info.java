/** Implementation details of the runtime builder (process execution, file helpers). Not API. */
package dev.molt.runtime.internal;
