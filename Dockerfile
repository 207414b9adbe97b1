# syntax=docker/dockerfile:1
#
# One image per service, built from this repository:
#   docker build --build-arg SERVICE=residence-service -t lienthong/residence-service .
# docker-compose.yml builds all five with SERVICE=<module>.

# Required: the module to package (civil-registry-service, residence-service,
# health-insurance-service, delivery-service or dossier-orchestrator).
ARG SERVICE

# ---- build: compile the one module (and the modules it needs) into its executable jar
FROM eclipse-temurin:25-jdk AS build
ARG SERVICE
WORKDIR /workspace
# The maven wrapper works without curl/wget/unzip (absent from this image): it downloads
# Maven with a small Java program and unpacks the .tar.gz with tar.
ENV MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    if [ -z "${SERVICE}" ] || [ ! -d "${SERVICE}" ]; then \
      echo "build arg SERVICE must name a service module, got '${SERVICE}'" >&2; exit 1; \
    fi \
    && ./mvnw -B -DskipTests package -pl "${SERVICE}" -am

# ---- runtime: JRE only, unprivileged user
FROM eclipse-temurin:25-jre
ARG SERVICE
LABEL org.opencontainers.image.title="${SERVICE}" \
      org.opencontainers.image.description="Linked civil procedures (3-in-1): ${SERVICE}"
RUN groupadd --system lienthong \
    && useradd --system --gid lienthong --home-dir /app --no-create-home --shell /usr/sbin/nologin lienthong \
    && mkdir -p /app && chown lienthong:lienthong /app
WORKDIR /app
COPY --from=build --chown=lienthong:lienthong /workspace/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER lienthong
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/app.jar"]
