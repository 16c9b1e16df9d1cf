package dev.cordial.it.unprocessed;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Applications serving a resource whose annotation the processor never saw. */
public final class UnprocessedApps {

    private UnprocessedApps() {}

    @ApplicationPath("api")
    public static class ClassLevel extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(UnprocessedResource.class);
        }
    }

    @ApplicationPath("api")
    public static class MethodLevel extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(UnprocessedMethodResource.class);
        }
    }

    @ApplicationPath("api")
    public static class PublicPolicy extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(UnprocessedPublicResource.class);
        }
    }
}
