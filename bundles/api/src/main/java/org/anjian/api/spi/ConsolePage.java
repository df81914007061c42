package org.anjian.api.spi;

import java.util.List;

/**
 * What a domain adds to the web console: a page of the menu, a tab of the enterprise detail page, or a widget of
 * the dashboard. The ES module (a file of the domain's console assets) is imported by the console on demand and
 * default-exports a Vue component; it imports only {@code vue}, {@code element-plus}, {@code echarts} and
 * {@code @anjian/console-sdk} (the console's import map), never its own copies.
 *
 * @param moduleId          the domain module
 * @param id                unique within the module
 * @param titleZh           the menu entry, tab or widget title
 * @param route             the console route of a page ({@code /domains/chemical/major-hazard}); null for tabs and widgets
 * @param module            the ES module's path among the domain's console assets
 * @param consoleApiVersion the console API the page was written for ({@code major.minor}); the console refuses a
 *                          page of another major version, and says so in the menu
 * @param kind              {@link #PAGE}, {@link #ENTERPRISE_TAB} or {@link #DASHBOARD_WIDGET}
 * @param group             the menu group of a page (defaults to the module's name)
 * @param icon              an Element Plus icon name for the menu
 * @param roles             the roles that see it; empty: every user
 */
public record ConsolePage(String moduleId, String id, String titleZh, String route, String module,
                          String consoleApiVersion, String kind, String group, String icon, List<String> roles) {
    /** The console API this platform's console speaks. */
    public static final String CONSOLE_API_VERSION = "1.0";
    public static final String PAGE = "PAGE";
    public static final String ENTERPRISE_TAB = "ENTERPRISE_TAB";
    public static final String DASHBOARD_WIDGET = "DASHBOARD_WIDGET";

    public ConsolePage {
        consoleApiVersion = consoleApiVersion == null || consoleApiVersion.isBlank() ? "0.9" : consoleApiVersion;
        kind = kind == null || kind.isBlank() ? PAGE : kind;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /**
     * A page as SPI 1.0 described it (a menu page with a {@code mount(element, context)} module): written for
     * console API 0.9, which the console no longer loads; it is listed, and refused, in the menu.
     */
    public ConsolePage(String moduleId, String id, String titleZh, String route, String module) {
        this(moduleId, id, titleZh, route, module, "0.9", PAGE, null, null, List.of());
    }

    /** A menu page for the current console API. */
    public static ConsolePage page(String moduleId, String id, String titleZh, String route, String module,
                                   String group, String icon, List<String> roles) {
        return new ConsolePage(moduleId, id, titleZh, route, module, CONSOLE_API_VERSION, PAGE, group, icon, roles);
    }

    /** A tab of the enterprise detail page (shown for the enterprises of the module's industries). */
    public static ConsolePage enterpriseTab(String moduleId, String id, String titleZh, String module) {
        return new ConsolePage(moduleId, id, titleZh, null, module, CONSOLE_API_VERSION, ENTERPRISE_TAB, null, null,
                List.of());
    }

    /** A widget of the dashboard. */
    public static ConsolePage dashboardWidget(String moduleId, String id, String titleZh, String module) {
        return new ConsolePage(moduleId, id, titleZh, null, module, CONSOLE_API_VERSION, DASHBOARD_WIDGET, null, null,
                List.of());
    }
}
