package dev.molt.ir.verify;

import java.util.List;

/** Thrown by {@link Verifier#check} when IR is invalid; the message lists every error, one per line. */
public final class VerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<VerifyError> errors;

    /** Creates the exception for a non-empty list of errors. */
    public VerificationException(List<VerifyError> errors) {
        super(String.join("\n", errors.stream().map(VerifyError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    /** The errors, in the verifier's order. */
    public List<VerifyError> errors() {
        return errors;
    }
}
