package dev.cordial.it.app;

import dev.cordial.it.app.browser.Engine;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every shared contract, one {@link Nested} class each, against one stack: a stack's module has
 * one suite, {@code class JerseyTck extends CordialTck}, that says how to start its server and
 * which {@link Capability capabilities} it {@link Lacks}. A contract added here runs on every stack.
 * Cases needing a capability the stack lacks are reported as skipped, naming it.
 *
 * <p>Tags: {@code browser} (Chromium, Firefox and WebKit, a nested class each, also tagged
 * {@code chromium}, {@code firefox} and {@code webkit} to run one alone: {@code -Dgroups=firefox})
 * and {@code load} (160,000 concurrent requests) test Cordial more than the stack; a module may
 * leave them to another row with surefire's {@code excludedGroups}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(CapabilityCondition.class)
public abstract class CordialTck {

    /** Starts {@code app} on a loopback port chosen at run time. */
    protected abstract RunningServer start(Application app) throws Exception;

    /**
     * Starts {@code app} for one contract; a stack overrides it where a contract needs the container
     * configured differently (say, to let an encoded slash through), and says why there.
     */
    protected RunningServer start(Class<?> contract, Application app) throws Exception {
        return start(app);
    }

    /** Invocations of {@code name} in {@code server}: in this JVM unless the stack runs elsewhere. */
    protected int invocations(RunningServer server, String name) throws IOException, InterruptedException {
        return Invocations.count(name);
    }

    /**
     * What the container itself answers to an exception no mapper handles, pinned by a stack that
     * knows it; {@link ExceptionMappingContract} has already checked it is a 500 with a body and
     * without CORS headers.
     */
    protected void assertContainerError(java.net.http.HttpResponse<String> response) {}

    /** Whether this stack has {@code capability}. */
    public final boolean has(Capability capability) {
        return !Lacks.Support.lackedBy(getClass()).contains(capability);
    }

    @Nested
    public class Cors extends CorsContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Preflight extends PreflightContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Vary extends VaryContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Shapes extends ShapesContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Origins extends OriginsContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Hostile extends HostileContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Activation extends ActivationContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Refusals extends RefusalContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Mixed extends MixedPoliciesContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Startup extends StartupContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return CordialTck.this.start(StartupContract.class, app);
        }
    }

    @Nested
    public class ExceptionMapping extends ExceptionMappingContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    public class Concurrency extends ConcurrencyContract {
        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    /** {@link BrowserContract} on one engine: a nested class per engine below, named after it. */
    abstract class BrowserOn extends BrowserContract {
        BrowserOn(Engine engine) {
            super(engine);
        }

        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    @Tag("chromium")
    @DisplayName("Browser: Chromium")
    public class BrowserChromium extends BrowserOn {
        public BrowserChromium() {
            super(Engine.CHROMIUM);
        }
    }

    @Nested
    @Tag("firefox")
    @DisplayName("Browser: Firefox")
    public class BrowserFirefox extends BrowserOn {
        public BrowserFirefox() {
            super(Engine.FIREFOX);
        }
    }

    @Nested
    @Tag("webkit")
    @DisplayName("Browser: WebKit")
    public class BrowserWebKit extends BrowserOn {
        public BrowserWebKit() {
            super(Engine.WEBKIT);
        }
    }

    /** {@link MixedBrowserContract} on one engine. */
    abstract class MixedBrowserOn extends MixedBrowserContract {
        MixedBrowserOn(Engine engine) {
            super(engine);
        }

        @Override
        protected CordialTck tck() {
            return CordialTck.this;
        }
    }

    @Nested
    @Tag("chromium")
    @DisplayName("Mixed policies in the browser: Chromium")
    public class MixedBrowserChromium extends MixedBrowserOn {
        public MixedBrowserChromium() {
            super(Engine.CHROMIUM);
        }
    }

    @Nested
    @Tag("firefox")
    @DisplayName("Mixed policies in the browser: Firefox")
    public class MixedBrowserFirefox extends MixedBrowserOn {
        public MixedBrowserFirefox() {
            super(Engine.FIREFOX);
        }
    }

    @Nested
    @Tag("webkit")
    @DisplayName("Mixed policies in the browser: WebKit")
    public class MixedBrowserWebKit extends MixedBrowserOn {
        public MixedBrowserWebKit() {
            super(Engine.WEBKIT);
        }
    }
}
