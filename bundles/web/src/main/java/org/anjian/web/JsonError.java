package org.anjian.web;

import java.nio.charset.StandardCharsets;

/** The API's error body, {@code {"code","message"}}, written without a JSON library (this bundle has none). */
final class JsonError {
    static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private JsonError() {
    }

    static byte[] of(String code, String message) {
        return ("{\"code\":" + quote(code) + ",\"message\":" + quote(message) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** The error code for a status, as the REST layer names them. */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 431 -> "HEADERS_TOO_LARGE";
            case 503 -> "UNAVAILABLE";
            default -> "HTTP_" + status;
        };
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
