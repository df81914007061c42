package org.anjian.api.spi;

/**
 * A page a domain adds to the web console: its menu title, its route, and the ES module (a file of the
 * domain's console assets) the console imports on demand. The module's default export is
 * {@code { title, mount(element, context) }}, where {@code context.api(path, init)} calls the API with
 * the console's credentials.
 */
public record ConsolePage(String moduleId, String id, String titleZh, String route, String module) {
}
