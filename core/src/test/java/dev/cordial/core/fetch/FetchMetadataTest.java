package dev.cordial.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resource isolation policy, request by request, as browsers send the headers: each row is a
 * load a browser makes (what the page did), and whether isolation lets it through.
 */
class FetchMetadataTest {

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} -> {5}")
    @CsvSource(nullValues = "-", value = {
        // no Fetch Metadata: an old browser, curl, a server-to-server call; Origin stays the check
        "no headers,                   GET,    -,           -,           -,        true",
        "the address bar,              GET,    none,        navigate,    document, true",
        "same-origin script fetch,     POST,   same-origin, cors,        empty,    true",
        "same-site img (another port), GET,    same-site,   no-cors,     image,    true",
        "cross-site CORS fetch,        GET,    cross-site,  cors,        empty,    true",
        "cross-site CORS PUT,          PUT,    cross-site,  cors,        empty,    true",
        "cross-site link click,        GET,    cross-site,  navigate,    document, true",
        "cross-site iframe,            GET,    cross-site,  navigate,    iframe,   true",
        "cross-site HEAD navigation,   HEAD,   cross-site,  navigate,    document, true",
        "cross-site script src,        GET,    cross-site,  no-cors,     script,   false",
        "cross-site img src,           GET,    cross-site,  no-cors,     image,    false",
        "cross-site link stylesheet,   GET,    cross-site,  no-cors,     style,    false",
        "cross-site no-cors fetch,     GET,    cross-site,  no-cors,     empty,    false",
        "cross-site form POST,         POST,   cross-site,  navigate,    document, false",
        "cross-site object,            GET,    cross-site,  navigate,    object,   false",
        "cross-site embed,             GET,    cross-site,  navigate,    embed,    false",
        "cross-site websocket,         GET,    cross-site,  websocket,   websocket, false",
        "a value no browser sends,     GET,    cross-ste,   no-cors,     script,   false",
        "site without mode,            GET,    cross-site,  -,           -,        false",
    })
    void decides(String load, String method, String site, String mode, String dest, boolean allowed) {
        assertThat(FetchMetadata.allows(method, site, mode, dest)).as(load).isEqualTo(allowed);
    }

    @Test
    void valuesCompareExactlyAsBrowsersSendThem() {
        // Structured-header tokens, lowercase: an upper-cased value is not one a browser sends.
        assertThat(FetchMetadata.allows("GET", "Same-Origin", "no-cors", "script")).isFalse();
        assertThat(FetchMetadata.allows("GET", "cross-site", "CORS", "empty")).isFalse();
        assertThat(FetchMetadata.allows("get", "cross-site", "navigate", "document")).isFalse();
    }
}
