package org.anjian.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A string with characters its field may not hold (see {@link TextRule}). */
public final class TextNotAllowedException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    TextNotAllowedException(JsonParser p, String message) {
        super(p, message, String.class);
    }
}
