/** Implementation helpers of molt-passes (constant evaluation, CFG edits); not API. */
package dev.molt.passes.internal;
