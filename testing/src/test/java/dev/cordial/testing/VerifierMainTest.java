package dev.cordial.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.RunningServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output, exit status, and usage errors. */
class VerifierMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VerifierMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String[] args(RunningServer server, List<Path> manifests) {
        return new String[] {"--base-url", server.baseUri().toString(), "--manifests",
                manifests.stream().map(Path::toString).collect(Collectors.joining(",")),
                "--origin", "https://tenant.preview.example.com",
                "--sample", "/secure/items/{id: [0-9]+}/notes=/secure/items/42/notes"};
    }

    @Test
    void exitsZeroAgainstTheApplicationAsItShips(@TempDir Path dir) throws Exception {
        try (RunningServer server = JerseyApps.good()) {
            assertThat(run(args(server, JerseyApps.testAppManifestFiles(dir)))).isZero();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("PASS GET /orders allowed-origin | GET " + server.baseUri() + "orders"
                            + " [Origin: https://app.example.com] -> 200 ACAO=[https://app.example.com] ACAC=[true] Vary=[Origin]")
                    .contains("PASS GET /secure/items/{id: [0-9]+}/notes no-origin | GET " + server.baseUri()
                            + "secure/items/42/notes (no Origin) -> 401 ACAO=[] ACAC=[]")
                    .contains("SKIP POST /orders all: not GET or HEAD")
                    .containsPattern("\\d+ lines: \\d+ passed, 0 failed, 0 warnings, \\d+ skipped\\s*$");
        }
    }

    @Test
    void exitsOneNamingTheRoutesWhenCordialIsNotRegistered(@TempDir Path dir) throws Exception {
        try (RunningServer server = JerseyApps.withoutCordial()) {
            assertThat(run(args(server, JerseyApps.testAppManifestFiles(dir)))).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL GET /orders allowed-origin: ",
                    "FAIL GET /secure preflight: expected a 2xx preflight answer, before authentication;");
        }
    }

    @Test
    void exitsTwoOnAUsageError() {
        assertThat(run("--manifests", "target/classes")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--base-url and --manifests are required")
                .contains("usage: java -jar cordial-testing-cli.jar");
        assertThat(run("--base-url", "http://127.0.0.1:9/", "--manifests", "no/such/dir")).isEqualTo(2);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errorLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void helpPrintsTheUsageOnStdoutAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(printed()).startsWith("usage: java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...] [options]")
                .contains("--origin TEMPLATE=ORIGIN", "--property NAME=VALUE", "--help");
        assertThat(errorLines()).isEmpty();
    }

    @Test
    void anUnknownArgumentIsOneLineNamingItAndTheHint() {
        assertThat(run("--base-url", "http://127.0.0.1:9/", "--frobnicate")).isEqualTo(2);
        assertThat(errorLines()).containsExactly("unknown argument --frobnicate",
                "usage: java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...] [options]; --help lists them");
        assertThat(printed()).isEmpty();
    }

    @Test
    void passesWithAnOriginPerRouteAndAPropertyGiven() {
        try (RunningServer server = VerifierApp.start()) {
            assertThat(run("--base-url", server.baseUri().toString(), "--manifests", VerifierApp.manifests().toString(),
                    "--origin", "/pattern=" + VerifierApp.TENANT,
                    "--property", VerifierApp.SYS_PROPERTY + "=" + VerifierApp.SYS_ORIGIN)).isZero();
            assertThat(printed()).doesNotContain("FAIL", "WARN")
                    .contains("PASS GET /pattern allowed-origin | GET " + server.baseUri() + "pattern [Origin: "
                            + VerifierApp.TENANT + "]")
                    .containsPattern("\\d+ lines: \\d+ passed, 0 failed, 0 warnings, 0 skipped\\s*$");
        } finally {
            System.clearProperty(VerifierApp.SYS_PROPERTY);
        }
    }

    @Test
    void aBadOriginOrPropertyIsAUsageErrorBeforeAnyRequest() {
        String manifests = VerifierApp.manifests().toString();
        assertThat(run("--base-url", "http://127.0.0.1:9/api/", "--manifests", manifests,
                "--origin", "/exact=https://evil.example")).isEqualTo(2);
        assertThat(errorLines()).first().isEqualTo("--origin /exact=https://evil.example: GET /exact does not allow"
                + " https://evil.example (origins [https://app.example.com])");
        err.reset();
        assertThat(run("--base-url", "http://127.0.0.1:9/api/", "--manifests", manifests,
                "--property", VerifierApp.ENV_PROPERTY + "=https://env.example.com,*")).isEqualTo(2);
        assertThat(errorLines()).first().asString().startsWith("originsProperty cordial.verifier.env.origins (given to"
                + " the verifier) = \"https://env.example.com,*\": \"*\" ");
        err.reset();
        assertThat(run("--base-url", "http://127.0.0.1:9/api/", "--manifests", manifests, "--property", "novalue"))
                .isEqualTo(2);
        assertThat(errorLines()).first().isEqualTo("--property needs NAME=VALUE, got novalue");
        assertThat(printed()).isEmpty();
    }

    @Test
    void anUnreachableServerIsOneLineAndExitsThree() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port + "/api/";
        assertThat(run("--base-url", base, "--manifests", VerifierApp.manifests().toString(),
                "--origin", VerifierApp.TENANT)).isEqualTo(3);
        assertThat(errorLines()).hasSize(1).first().asString().startsWith("cannot reach " + base + ": ConnectException");
        assertThat(printed()).isEmpty();
    }
}
