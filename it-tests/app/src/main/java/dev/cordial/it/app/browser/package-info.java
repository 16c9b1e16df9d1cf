/**
 * Real browsers for the integration tests: one API, {@link dev.cordial.it.app.browser.Browser},
 * over three engines, {@link dev.cordial.it.app.browser.Engine#CHROMIUM CHROMIUM},
 * {@link dev.cordial.it.app.browser.Engine#FIREFOX FIREFOX} and
 * {@link dev.cordial.it.app.browser.Engine#WEBKIT WEBKIT}, each Debian's own build.
 *
 * <p>On its own:
 *
 * <pre>{@code
 * Path profile = Files.createTempDirectory("cordial-firefox");   // the caller deletes it afterwards
 * try (Browser browser = Engine.FIREFOX.start(profile)) {
 *     browser.open("http://localhost:" + pagePort + "/");
 *     Object r = browser.executeAsync("""
 *             const [url, done] = arguments;
 *             fetch(url, {credentials: 'include'})
 *               .then(r => done({status: r.status}), e => done({error: e.name}));
 *             """, apiUrl);
 *     assertThat((Map<String, Object>) r).containsEntry("status", 200L);   // Long on every engine
 * }
 * }</pre>
 *
 * <p>In the shared contracts, {@code dev.cordial.it.app.BrowserCase} does the above once per
 * class: it serves the page, starts the server with the application its subclass gives for the
 * page's origin, starts the engine passed to its constructor, and offers {@code fetch(path, init)}
 * and {@code assertBlocked}. A new case for every engine is a test method in
 * {@code BrowserContract} (resources in {@code BrowserApp}); a new contract extends
 * {@code BrowserCase} and gets one nested class per engine in {@code CordialTck}, as
 * {@code BrowserContract} does there.
 *
 * <p>Only {@link dev.cordial.it.app.browser.Engine#start} loads the Selenium and BiDi classes, so
 * class paths without Selenium (Dropwizard's) load the contracts and skip them by their tag.
 */
package dev.cordial.it.app.browser;
