package org.anjian.console;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian web console", description = "The console at /console (安监工作台)")
public @interface ConsoleConfig {
    @AttributeDefinition(description = "The Keycloak client the console logs in with (a public client with PKCE)")
    String clientId() default "anjian-console";

    @AttributeDefinition(description = "The console's title (the bureau's name)")
    String title() default "安监工作台";

    @AttributeDefinition(description = "Seconds between refreshes of the command-room screen (大屏)")
    int screenRefreshSeconds() default 60;
}
