package dev.cordial.it.app;

import java.util.List;

/**
 * {@link ProcessTck} for a Jakarta EE server deploying the shared application as a WAR
 * ({@link WarApp}, through a {@link DeployedWar} harness): its output is the harness's, its summary
 * line {@link WarApp#EXPECTED_SUMMARY}, logged at deployment when the server says it has started,
 * at the latest with the first request.
 *
 * @param <S> the row's server harness
 */
public abstract class WarTck<S extends DeployedWar> extends ProcessTck<S> {

    @Override
    protected final List<String> output(S server) {
        return server.output();
    }

    @Override
    protected final String expectedSummary() {
        return WarApp.EXPECTED_SUMMARY;
    }
}
