package dev.cordial.it.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for the requests no well-behaved client will send: control
 * characters, non-ASCII bytes and over-long values in headers. One request per connection.
 */
public final class RawHttp {

    /** A response: status (0 when the server closed without answering) and every header line as received. */
    public record Response(int status, List<String[]> headers) {
        public List<String> all(String name) {
            List<String> values = new ArrayList<>();
            for (String[] h : headers) {
                if (h[0].equalsIgnoreCase(name)) {
                    values.add(h[1]);
                }
            }
            return values;
        }

        public boolean hasCorsHeaders() {
            return headers.stream().anyMatch(h -> h[0].toLowerCase(Locale.ROOT).startsWith("access-control-"));
        }
    }

    private RawHttp() {}

    /**
     * Sends {@code method path} with the given extra header lines, written as UTF-8 bytes exactly
     * as given (so a value may hold CR, LF, NUL or any character), and reads the response head.
     */
    public static Response send(URI base, String method, String path, List<String> headerLines, String body)
            throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            StringBuilder request = new StringBuilder();
            request.append(method).append(' ').append(base.getPath()).append(path).append(" HTTP/1.1\r\n");
            request.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return readHead(socket.getInputStream());
        } catch (java.net.SocketException | NoResponse e) {
            return new Response(0, List.of()); // the server closed the connection without answering
        }
    }

    /** The server closed the connection before a status line. */
    private static final class NoResponse extends IOException {
        NoResponse() {
            super("no response");
        }
    }

    private static Response readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b; (b = in.read()) != -1; previous = b) {
            if (b == '\n' && previous == '\r') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                line.reset();
                if (text.isEmpty()) {
                    break;
                }
                lines.add(text);
            } else if (b != '\r') {
                line.write(b);
            }
        }
        if (lines.isEmpty()) {
            throw new NoResponse();
        }
        String[] statusLine = lines.get(0).split(" ", 3);
        List<String[]> headers = new ArrayList<>();
        for (String h : lines.subList(1, lines.size())) {
            int colon = h.indexOf(':');
            headers.add(new String[] {h.substring(0, colon).trim(), h.substring(colon + 1).trim()});
        }
        return new Response(Integer.parseInt(statusLine[1]), headers);
    }
}
