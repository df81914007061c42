package org.anjian.console;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The server's root sends people to the console; every other unclaimed path stays a 404. */
final class RootRedirectServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && (path.equals("/") || path.isEmpty())) {
            resp.setStatus(302);
            resp.setHeader("Location", "/console/");
            return;
        }
        resp.sendError(404, "not found: " + path);
    }
}
