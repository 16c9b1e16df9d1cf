package dev.cordial.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The demo's session store: random ids in memory. */
final class Sessions {

    static final String COOKIE = "demo_session";

    private final SecureRandom random = new SecureRandom();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    String create() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        ids.add(id);
        return id;
    }

    boolean valid(String id) {
        return id != null && ids.contains(id);
    }
}
