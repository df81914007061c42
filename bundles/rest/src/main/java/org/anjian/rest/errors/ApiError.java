package org.anjian.rest.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON body of every error: {@code {"code","message","field"?,"allowed"?}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String field, List<String> allowed) {
    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null, null);
    }

    public static ApiError of(String code, String message, String field) {
        return new ApiError(code, message, field, null);
    }
}
