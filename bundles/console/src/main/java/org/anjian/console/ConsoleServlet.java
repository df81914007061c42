package org.anjian.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the console at {@code /console}: the settings ({@code config.json}), the built files, and
 * {@code index.html} for every route of the application. GET and HEAD only.
 */
final class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ConsoleAssets assets;
    private final transient Supplier<Map<String, Object>> settings;

    ConsoleServlet(ConsoleAssets assets, Supplier<Map<String, Object>> settings) {
        this.assets = assets;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // /console without the slash: relative asset paths need it
            resp.setStatus(301);
            resp.setHeader("Location", req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (path.equals("/config.json")) {
            resp.setContentType("application/json; charset=utf-8");
            resp.setHeader("Cache-Control", "no-store");
            JSON.writeValue(resp.getOutputStream(), settings.get());
            return;
        }
        Optional<ConsoleAssets.Asset> asset = assets.resolve(path);
        if (asset.isEmpty()) {
            resp.sendError(404, "no such file of the console: " + path);
            return;
        }
        ConsoleAssets.Asset a = asset.get();
        boolean gzip = a.gzipped() != null && accepts(req.getHeader("Accept-Encoding"));
        resp.setContentType(a.contentType());
        resp.setHeader("Cache-Control", a.cacheControl());
        if (a.gzipped() != null) {
            resp.setHeader("Vary", "Accept-Encoding");
        }
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
        }
        if (a.path().equals(ConsoleAssets.INDEX)) {
            resp.setHeader("X-Frame-Options", "DENY");
            resp.setHeader("Referrer-Policy", "same-origin");
        }
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream in = a.open(gzip); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        refuse(resp);
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        refuse(resp);
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        refuse(resp);
    }

    private static void refuse(HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        resp.sendError(405, "the console is read-only: GET or HEAD");
    }

    static boolean accepts(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] t = part.strip().split(";");
            if (t[0].strip().equalsIgnoreCase("gzip")) {
                return !(t.length > 1 && t[1].replace(" ", "").equals("q=0"));
            }
        }
        return false;
    }
}
