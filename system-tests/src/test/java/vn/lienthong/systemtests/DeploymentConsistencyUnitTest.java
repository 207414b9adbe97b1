package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml and the files it mounts in step with what the services themselves read.
 *
 * <p>The services are configured by {@code <module>/src/main/resources/<module>.yml} (plus the shared
 * {@code service-platform.yml}); their placeholders {@code ${NAME:default}} name the environment
 * variables they read and the defaults they fall back to. Nothing here starts a container: it reads
 * the files, so it runs wherever the build runs, Docker engine or not.
 */
class DeploymentConsistencyUnitTest {

    private static final List<String> SERVICES = List.of(
            "civil-registry-service",
            "residence-service",
            "health-insurance-service",
            "delivery-service",
            "dossier-orchestrator");

    private static final String ORCHESTRATOR = "dossier-orchestrator";

    /**
     * Variables a service reads that compose may leave to the service's own default. Empty on
     * purpose: in containers no default that points at 127.0.0.1 is right, so compose sets them all.
     */
    /** Each service's own OAuth2 client defaults to its service name, which is what compose wants. */
    private static final Set<String> MAY_BE_LEFT_TO_DEFAULT = Set.of("LIENTHONG_SECURITY_CLIENT_ID");

    /** {@code ${NAME}} or {@code ${NAME:default}} where NAME looks like an environment variable. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> composeServices;
    private static String initSql;
    private static Map<String, Object> prometheus;
    /** Per module: env variable name to the defaults its configuration gives it. */
    private static final Map<String, Map<String, Set<String>>> placeholders = new LinkedHashMap<>();

    @BeforeAll
    static void readTheDeploymentFiles() {
        root = repositoryRoot();
        compose = yamlMap(root.resolve("docker-compose.yml"));
        composeServices = map(compose.get("services"), "docker-compose.yml: services");
        initSql = read(root.resolve("ops/postgres/init-databases.sql"));
        prometheus = yamlMap(root.resolve("ops/prometheus/prometheus.yml"));

        Map<String, Set<String>> platform = new LinkedHashMap<>();
        collectPlaceholders(yamlDocuments(root.resolve("service-platform/src/main/resources/service-platform.yml")), platform);
        for (String module : SERVICES) {
            Map<String, Set<String>> found = new LinkedHashMap<>();
            platform.forEach((name, defaults) -> found.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(defaults));
            collectPlaceholders(yamlDocuments(root.resolve(module + "/src/main/resources/" + module + ".yml")), found);
            placeholders.put(module, found);
        }
    }

    static Stream<String> services() {
        return SERVICES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceIsBuiltFromItsOwnModule(String module) {
        Map<String, Object> build = map(service(module).get("build"), module + ": build");
        assertThat(build.get("context"))
                .as("%s: build context must be the repository root (the Dockerfile builds with -pl <module> -am)", module)
                .isIn(".", "./");
        Map<String, Object> args = map(build.get("args"), module + ": build.args");
        assertThat(String.valueOf(args.get("SERVICE")))
                .as("%s: build arg SERVICE must name the module whose jar the image runs", module)
                .isEqualTo(module);
        assertThat(root.resolve(module).resolve("pom.xml"))
                .as("%s: the module the image is built from", module)
                .exists();
    }

    @Test
    void theDockerfileCopiesTheJarTheModulesBuild() {
        String dockerfile = read(root.resolve("Dockerfile"));
        String version = projectVersion();
        assertThat(dockerfile)
                .as("Dockerfile must copy ${SERVICE}/target/${SERVICE}-<project version>-exec.jar; the project version is %s", version)
                .contains("${SERVICE}/target/${SERVICE}-" + version + "-exec.jar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceListensOnThePortItsConfigurationDefaultsTo(String module) {
        assertThat(environment(module).get("SERVER_PORT"))
                .as("%s: SERVER_PORT in docker-compose.yml must equal the default in %s.yml", module, module)
                .isEqualTo(configuredPort(module));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServicePublishesTheSamePortItListensOn(String module) {
        String port = configuredPort(module);
        List<String> published = publishedPorts(module);
        assertThat(published)
                .as("%s: ports must publish %s:%s (host:container); found %s", module, port, port, published)
                .contains(port + ":" + port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceUsesTheDatabaseItsConfigurationNames(String module) {
        assertThat(environment(module).get("DATABASE_NAME"))
                .as("%s: DATABASE_NAME in docker-compose.yml must equal the default in %s.yml", module, module)
                .isEqualTo(configuredDatabase(module));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceDatabaseIsCreatedByTheInitScript(String module) {
        String database = configuredDatabase(module);
        Pattern create = Pattern.compile("(?im)^\\s*CREATE\\s+DATABASE\\s+\"?" + Pattern.quote(database) + "\"?\\s*;");
        assertThat(create.matcher(initSql).find())
                .as("%s: ops/postgres/init-databases.sql must CREATE DATABASE %s", module, database)
                .isTrue();
    }

    @Test
    void postgresRunsTheInitScriptOnItsFirstStart() {
        List<String> volumes = strings(postgresService().get("volumes"));
        assertThat(volumes)
                .as("the postgres service must mount ops/postgres/init-databases.sql into /docker-entrypoint-initdb.d/")
                .anySatisfy(volume -> assertThat(volume)
                        .matches("\\./ops/postgres/init-databases\\.sql:/docker-entrypoint-initdb\\.d/[^:]+\\.sql(:ro)?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyEnvironmentVariableTheConfigurationReadsIsSetInCompose(String module) {
        Set<String> read = new TreeSet<>(placeholders.get(module).keySet());
        read.removeAll(MAY_BE_LEFT_TO_DEFAULT);
        assertThat(environment(module).keySet())
                .as("%s: docker-compose.yml must set every variable %s.yml and service-platform.yml read (%s)",
                        module, module, read)
                .containsAll(read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceFindsKafkaByItsComposeName(String module) {
        String kafka = serviceRunning("apache/kafka");
        String advertised = String.valueOf(environmentOf(kafka).get("KAFKA_ADVERTISED_LISTENERS"));
        String bootstrap = environment(module).get("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(bootstrap).as("%s: KAFKA_BOOTSTRAP_SERVERS must be set", module).isNotBlank();
        for (String server : bootstrap.split(",")) {
            assertThat(server.trim())
                    .as("%s: KAFKA_BOOTSTRAP_SERVERS must name the compose service '%s'", module, kafka)
                    .startsWith(kafka + ":");
            assertThat(advertised)
                    .as("%s: KAFKA_BOOTSTRAP_SERVERS %s must be a listener the broker advertises (%s)", module, server, advertised)
                    .contains("//" + server.trim());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceFindsPostgresByItsComposeNameAndCredentials(String module) {
        String postgres = serviceRunning("postgres");
        Map<String, String> env = environment(module);
        Map<String, String> server = environmentOf(postgres);
        assertThat(env.get("POSTGRES_HOST"))
                .as("%s: POSTGRES_HOST must name the compose service '%s'", module, postgres)
                .isEqualTo(postgres);
        assertThat(env.get("POSTGRES_PORT"))
                .as("%s: POSTGRES_PORT must be the port postgres listens on in its container", module)
                .isEqualTo("5432");
        assertThat(env.get("POSTGRES_USER"))
                .as("%s: POSTGRES_USER must be the user the postgres service creates", module)
                .isEqualTo(server.getOrDefault("POSTGRES_USER", "postgres"));
        assertThat(env.get("POSTGRES_PASSWORD"))
                .as("%s: POSTGRES_PASSWORD must be the password the postgres service sets", module)
                .isEqualTo(server.get("POSTGRES_PASSWORD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void prometheusScrapesEveryServiceOnItsPort(String module) {
        String target = module + ":" + configuredPort(module);
        List<String> paths = new ArrayList<>();
        for (Object job : list(prometheus.get("scrape_configs"), "prometheus.yml: scrape_configs")) {
            Map<String, Object> scrape = map(job, "prometheus.yml: scrape config");
            for (Object staticConfig : list(scrape.getOrDefault("static_configs", List.of()), "static_configs")) {
                if (strings(map(staticConfig, "static config").get("targets")).contains(target)) {
                    paths.add(String.valueOf(scrape.getOrDefault("metrics_path", "/metrics")));
                }
            }
        }
        assertThat(paths)
                .as("%s: ops/prometheus/prometheus.yml must scrape %s with metrics_path /actuator/prometheus", module, target)
                .containsExactly("/actuator/prometheus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceHasAHealthcheckOnItsActuatorHealthEndpoint(String module) {
        Object check = service(module).get("healthcheck");
        assertThat(check).as("%s: a healthcheck is needed for depends_on: service_healthy", module).isNotNull();
        Object test = map(check, module + ": healthcheck").get("test");
        String command = test instanceof List<?> parts ? String.join(" ", strings(parts)) : String.valueOf(test);
        assertThat(command)
                .as("%s: the healthcheck must ask /actuator/health", module)
                .contains("/actuator/health");
        assertThat(command)
                .as("%s: the healthcheck must ask the port the service listens on (%s, or $${SERVER_PORT})",
                        module, configuredPort(module))
                .containsAnyOf(":" + configuredPort(module), "/" + configuredPort(module), "$${SERVER_PORT}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceStartsOnlyAfterKafkaAndPostgresAreHealthy(String module) {
        Map<String, Object> dependsOn = map(service(module).get("depends_on"), module + ": depends_on (long form)");
        for (String dependency : List.of(serviceRunning("apache/kafka"), serviceRunning("postgres"))) {
            assertThat(condition(dependsOn, dependency))
                    .as("%s: depends_on %s must have condition service_healthy", module, dependency)
                    .isEqualTo("service_healthy");
        }
    }

    @Test
    void theOrchestratorStartsOnlyAfterTheOtherServicesAreHealthy() {
        Map<String, Object> dependsOn = map(service(ORCHESTRATOR).get("depends_on"), ORCHESTRATOR + ": depends_on");
        for (String other : SERVICES) {
            if (!other.equals(ORCHESTRATOR)) {
                assertThat(condition(dependsOn, other))
                        .as("%s: depends_on %s must have condition service_healthy", ORCHESTRATOR, other)
                        .isEqualTo("service_healthy");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceHasAMemoryLimit(String module) {
        Object memory = path(service(module), "deploy", "resources", "limits", "memory");
        assertThat(memory)
                .as("%s: deploy.resources.limits.memory must be set", module)
                .isNotNull();
        assertThat(String.valueOf(memory).toLowerCase(Locale.ROOT))
                .as("%s: deploy.resources.limits.memory must be a size such as 512M", module)
                .matches("\\d+(\\.\\d+)?[kmg]?b?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceLogsStructuredJson(String module) {
        assertThat(environment(module).get("LOGGING_STRUCTURED_FORMAT_CONSOLE"))
                .as("%s: LOGGING_STRUCTURED_FORMAT_CONSOLE must choose a structured format (ecs, logstash or gelf)", module)
                .isIn("ecs", "logstash", "gelf");
    }

    // ---- the services' configuration

    private static String configuredPort(String module) {
        return singleDefault(module, "SERVER_PORT");
    }

    private static String configuredDatabase(String module) {
        return singleDefault(module, "DATABASE_NAME");
    }

    private static String singleDefault(String module, String variable) {
        Set<String> defaults = placeholders.get(module).get(variable);
        if (defaults == null || defaults.size() != 1) {
            fail("%s: %s.yml must read ${%s:<default>} with one default; found %s", module, module, variable, defaults);
        }
        return defaults.iterator().next();
    }

    private static void collectPlaceholders(Object node, Map<String, Set<String>> found) {
        if (node instanceof Map<?, ?> mapping) {
            mapping.forEach((key, value) -> {
                collectPlaceholders(key, found);
                collectPlaceholders(value, found);
            });
        } else if (node instanceof Iterable<?> items) {
            items.forEach(item -> collectPlaceholders(item, found));
        } else if (node instanceof String text) {
            Matcher matcher = ENV_PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                Set<String> defaults = found.computeIfAbsent(matcher.group(1), n -> new LinkedHashSet<>());
                if (matcher.group(2) != null) {
                    defaults.add(matcher.group(2));
                }
            }
        }
    }

    // ---- docker-compose.yml

    private static Map<String, Object> service(String name) {
        Object service = composeServices.get(name);
        if (service == null) {
            fail("docker-compose.yml has no service '%s' (services: %s)", name, composeServices.keySet());
        }
        return map(service, name);
    }

    private static Map<String, Object> postgresService() {
        return service(serviceRunning("postgres"));
    }

    /** The one compose service whose image is {@code imageName[:tag]}. */
    private static String serviceRunning(String imageName) {
        List<String> names = new ArrayList<>();
        composeServices.forEach((name, definition) -> {
            String image = String.valueOf(map(definition, name).get("image"));
            if (image.equals(imageName) || image.startsWith(imageName + ":")) {
                names.add(name);
            }
        });
        assertThat(names).as("docker-compose.yml must run exactly one service from image %s", imageName).hasSize(1);
        return names.getFirst();
    }

    private static Map<String, String> environment(String module) {
        return environmentOf(module);
    }

    /** The service's environment, as a map whichever of the two compose forms it is written in. */
    private static Map<String, String> environmentOf(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> mapping) {
            mapping.forEach((key, value) -> values.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                values.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        } else if (environment != null) {
            fail("%s: environment must be a map or a list, was %s", name, environment);
        }
        return values;
    }

    /** Published ports as host:container, whichever of the short or long syntax is used. */
    private static List<String> publishedPorts(String module) {
        List<String> ports = new ArrayList<>();
        Object declared = service(module).get("ports");
        if (declared == null) {
            return ports;
        }
        for (Object port : list(declared, module + ": ports")) {
            if (port instanceof Map<?, ?> longSyntax) {
                ports.add(longSyntax.get("published") + ":" + longSyntax.get("target"));
            } else {
                String text = String.valueOf(port).replaceFirst("/tcp$", "");
                String[] parts = text.split(":");
                // [ip:]host:container, or container alone (published on a random host port)
                ports.add(parts.length == 1 ? ":" + parts[0] : parts[parts.length - 2] + ":" + parts[parts.length - 1]);
            }
        }
        return ports;
    }

    private static String condition(Map<String, Object> dependsOn, String dependency) {
        Object entry = dependsOn.get(dependency);
        return entry instanceof Map<?, ?> mapping ? String.valueOf(mapping.get("condition")) : null;
    }

    // ---- files and YAML

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        return fail("no docker-compose.yml in %s or any directory above it", Path.of("").toAbsolutePath());
    }

    private static String projectVersion() {
        Matcher version = Pattern.compile("<artifactId>lienthong-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(root.resolve("pom.xml")));
        if (!version.find()) {
            fail("pom.xml: no version for lienthong-parent");
        }
        return version.group(1).trim();
    }

    private static String read(Path file) {
        assertThat(file).as("%s must exist", root == null ? file : root.relativize(file)).isRegularFile();
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yamlMap(Path file) {
        return map(new Yaml().load(read(file)), root.relativize(file).toString());
    }

    private static List<Object> yamlDocuments(Path file) {
        List<Object> documents = new ArrayList<>();
        new Yaml().loadAll(read(file)).forEach(documents::add);
        return documents;
    }

    private static Object path(Map<String, Object> node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> mapping)) {
                return null;
            }
            current = mapping.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String what) {
        if (!(node instanceof Map<?, ?>)) {
            fail("%s: expected a mapping, was %s", what, node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node, String what) {
        if (!(node instanceof List<?>)) {
            fail("%s: expected a list, was %s", what, node);
        }
        return (List<Object>) node;
    }

    private static List<String> strings(Object node) {
        List<String> values = new ArrayList<>();
        if (node instanceof Iterable<?> items) {
            items.forEach(item -> values.add(String.valueOf(item)));
        }
        return values;
    }
}
