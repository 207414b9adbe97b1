package vn.lienthong.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The clients of the local provider (DESIGN.md §6). Plain Java, like {@link DemoAccounts}. */
public final class DemoClients {

    /** The command-line and test client people sign in through. */
    public static final String CLI = "lienthong-cli";
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1:8765/callback";

    private static final List<DemoClient> ALL = List.of(
            new DemoClient(CLI, true, Set.of(DemoClient.AUTHORIZATION_CODE, DemoClient.REFRESH_TOKEN),
                    List.of(CLI_REDIRECT_URI), true, Set.of("openid"), List.of()),
            DemoClient.machine("carrier", Role.CARRIER),
            DemoClient.machine("civil-registry-service", Role.SERVICE),
            DemoClient.machine("dossier-orchestrator", Role.SERVICE),
            DemoClient.machine("prometheus", Role.METRICS_SCRAPER));

    private DemoClients() {
    }

    public static List<DemoClient> all() {
        return ALL;
    }

    public static Optional<DemoClient> find(String clientId) {
        return ALL.stream().filter(client -> client.clientId().equals(clientId)).findFirst();
    }
}
