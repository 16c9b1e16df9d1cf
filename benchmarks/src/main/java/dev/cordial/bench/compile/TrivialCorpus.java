package dev.cordial.bench.compile;

import java.io.IOException;
import java.nio.file.Path;

/** N copies of one four-method resource with empty bodies: almost all of the work is the processor's. */
final class TrivialCorpus {

    private TrivialCorpus() {}

    static Corpus generate(Path src, int n) throws IOException {
        Corpus.Writer out = new Corpus.Writer(src);
        for (int i = 0; i < n; i++) {
            out.write("bench.gen", "Resource" + i, """
                    package bench.gen;

                    import dev.cordial.AllowCredentials;
                    import jakarta.ws.rs.*;

                    @Path("r%1$d")
                    @AllowCredentials(origins = {"https://app.example.com", "https://*.preview.example.com"},
                            allowHeaders = "Content-Type", exposeHeaders = "X-Total")
                    public class Resource%1$d {
                        @GET public String list() { return ""; }
                        @GET @Path("{id}") public String get(@PathParam("id") long id) { return ""; }
                        @POST @Consumes("application/json") public String create(String body) { return body; }
                        @DELETE @Path("{id}") @AllowCredentials(origins = "https://admin.example.com")
                        public void remove(@PathParam("id") long id) {}
                    }
                    """.formatted(i));
        }
        return new Corpus("trivial", n, out.files, n, out.lines);
    }
}
