package org.anjian.rest.errors;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

final class Errors {
    private Errors() {
    }

    static Response response(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
