# syntax=docker/dockerfile:1

# ---- Stage 1: build the Spring Boot jar and extract its layers ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Resolve dependencies first, so this layer is reused until pom.xml or the wrapper changes.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src/ src/
# The canonical example is packaged as the OpenAPI request example.
COPY examples/ examples/
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/eks-network-planner-0.1.0-SNAPSHOT.jar \
        extract --layers --launcher --destination extracted

# ---- Stage 2: run on a JRE as a non-root user ----
FROM eclipse-temurin:17-jre
WORKDIR /app

RUN groupadd --system --gid 10001 planner \
    && useradd --system --uid 10001 --gid planner --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin planner

# Least often changed layers first.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# The default H2 file database lives in ./data (planner.data-dir), i.e. /app/data;
# mount a volume there (-v planner-data:/app/data) to keep it across containers.
RUN mkdir -p /app/data && chown planner:planner /app/data

# The container listens on every interface, so it authenticates: token mode, with no token built in (pass the
# hashes with -e or an env file; see the README's Security section).
ENV PLANNER_SECURITY_MODE=token SERVER_ADDRESS=0.0.0.0

USER planner
EXPOSE 8080
# The service by default; given check or diff, the command line (PlannerApplication.main decides before Spring starts):
#   docker run --rm -v "$PWD:/work" -w /work IMAGE check --format github clusters/
# The class path is absolute so the launcher is found from any working directory. An OutOfMemoryError ends the
# process, so that the container restarts instead of living on with a dead connector thread.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher"]
