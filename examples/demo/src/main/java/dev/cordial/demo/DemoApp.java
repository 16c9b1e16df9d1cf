package dev.cordial.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The demo API. The page's origin depends on the port it runs on, so the policies read it from
 * the configuration property {@value #PAGE_ORIGINS}: Cordial checks it at startup with the
 * compile-time rules.
 */
@ApplicationPath("api")
public class DemoApp extends Application {

    static final String PAGE_ORIGINS = "demo.page.origins";
    /** Where resources find the session store: a configuration property holding the object. */
    static final String SESSIONS = "demo.sessions";

    private final String pageOrigin;
    private final Sessions sessions = new Sessions();

    public DemoApp(String pageOrigin) {
        this.pageOrigin = pageOrigin;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SessionResource.class, NotesResource.class, PartnerResource.class);
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new LoginFilter(sessions));
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(PAGE_ORIGINS, pageOrigin, SESSIONS, sessions);
    }
}
