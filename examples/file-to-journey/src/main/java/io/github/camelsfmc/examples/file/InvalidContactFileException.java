package io.github.camelsfmc.examples.file;

/** A contacts file that cannot be imported at all (for example, no contact key column). */
public class InvalidContactFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidContactFileException(String message) {
        super(message);
    }
}
