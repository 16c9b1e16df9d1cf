package dev.cordial;

/**
 * Fetch Metadata resource isolation for the routes a policy covers: what Cordial does with a
 * request whose {@code Sec-Fetch-Site}, {@code Sec-Fetch-Mode} and {@code Sec-Fetch-Dest} say it
 * is a cross-site load the route did not ask for, such as {@code <script src>} or
 * {@code <img src>} on another site's page (cross-site script inclusion, XS-Leaks).
 *
 * <p>A request passes when it carries no {@code Sec-Fetch-Site} (an older browser, or no browser:
 * the {@code Origin} check stays), when {@code Sec-Fetch-Site} is {@code same-origin},
 * {@code same-site} or {@code none} (the user typed the address), when it is a CORS request
 * ({@code Sec-Fetch-Mode: cors}: the policy's origin check decides, as without isolation), or when it
 * is a top-level navigation ({@code Sec-Fetch-Mode: navigate}, {@code GET} or {@code HEAD}, a
 * {@code Sec-Fetch-Dest} other than {@code object} and {@code embed}). Every other request is
 * refused, or, in {@link #REPORT_ONLY}, logged. Preflights are never isolated: the policy answers them.
 *
 * <p>Set per policy ({@code @AllowCredentials(isolation = Isolation.ENFORCE)}) or for the whole
 * application with the configuration property {@code dev.cordial.isolation} ({@code off},
 * {@code report-only}, {@code enforce}); a policy's own setting other than {@link #APPLICATION}
 * wins.
 */
public enum Isolation {
    /** Whatever the application's {@code dev.cordial.isolation} says; {@code off} when it is unset. */
    APPLICATION,
    /** No isolation: only the policy's {@code Origin} check applies. */
    OFF,
    /**
     * Requests isolation would refuse are served, and each is logged as a warning on the logger
     * {@code dev.cordial.isolation} (at most ten a minute per route): how to roll isolation out.
     */
    REPORT_ONLY,
    /** Requests isolation refuses get 403 before any resource method runs, and are logged as refusals. */
    ENFORCE
}
