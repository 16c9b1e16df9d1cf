package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "http://localhost:5173", "https://a.b.example.com:8443",
            "http://127.0.0.1:8080", "http://[::1]:3000", "https://xn--bcher-kva.example", "https://*.example.com",
            "https://*.example.com:8443", "http://[2001:db8::1]", "https://*.example.co.uk", "http://*.localhost:3000", "https://*.www.ck"})
    void valid(String origin) {
        OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
        assertThat(v.valid()).as(v.message()).isTrue();
        assertThat(v.origin().toString()).isEqualTo(origin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*|must not be \"*\"|",
            "null|must not be \"null\"|",
            "NULL|must not be \"null\"|",
            "https://app.example.com/|must not have a path|https://app.example.com",
            "https://app.example.com/x?y#z|must not have a path|https://app.example.com",
            "HTTPS://app.example.com|lowercase|https://app.example.com",
            "https://APP.example.com|lowercase|https://app.example.com",
            "https://app.example.com:443|default port|https://app.example.com",
            "http://app.example.com:80|default port|http://app.example.com",
            "https://app.example.com:0443|leading zeros|https://app.example.com",
            "https://app.example.com:08443|leading zeros|https://app.example.com:8443",
            "https://app.example.com:65536|from 1 to 65535|",
            "https://app.example.com:0|from 1 to 65535|",
            "https://user@app.example.com|userinfo|https://app.example.com",
            "app.example.com|must start with a scheme|https://app.example.com",
            "ftp://app.example.com|scheme https or http|",
            "https://app.example.com.|end the host with a dot|",
            "https://bücher.example|ASCII|https://xn--bcher-kva.example",
            "https://*example.com|only as the whole leftmost label|",
            "https://a.*.example.com|only as the whole leftmost label|",
            "*.example.com|subdomain pattern is scheme://*.domain|https://*.example.com",
            "https://*|only as the whole leftmost label|",
            "http://127.1|IPv4|http://127.0.0.1",
            "http://[::0001]|IPv6|http://[::1]",
            "http://[::FFFF]|IPv6|http://[::ffff]",
            "https://*.com|public suffix|",
            "https://*.co.uk|public suffix|",
            "https://*.github.io|public suffix|",
            "https://app.example.com@evil.com|userinfo|",
            "https://xn--.example.com|labels that browsers accept|",
            "https://xn--zz.example.com|labels that browsers accept|",
    })
    void invalid(String origin, String problem, String suggestion) {
        OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
        assertThat(v.valid()).isFalse();
        assertThat(v.problem()).contains(problem);
        assertThat(v.suggestion()).isEqualTo(suggestion);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " https://app.example.com", "https://app.example.com ", "https://app .example.com",
            "https://app.example.com\r\n", "https://app.example.com\u0000"})
    void emptyAndWhitespaceAreInvalid(String origin) {
        assertThat(OriginSyntax.checkConfigured(origin).valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://*.example.com", "https://app.example.com, https://b.example.com", "null"})
    void requestOriginsAreNeverPatternsOrLists(String header) {
        assertThat(OriginSyntax.parseRequestOrigin(header)).isNull();
    }

    @org.junit.jupiter.api.Test
    void overlongRequestOriginIsRefusedBeforeParsing() {
        assertThat(OriginSyntax.parseRequestOrigin("https://" + "a".repeat(8192) + ".example.com")).isNull();
    }
}
