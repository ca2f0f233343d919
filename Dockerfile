# syntax=docker/dockerfile:1

# ---- Stage 1: build the Spring Boot jar ----
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
    && cp target/eks-network-planner-0.1.0-SNAPSHOT.jar eks-network-planner.jar

# ---- Stage 2: the fast-start form on a Java 25 JRE, run as a non-root user ----
# Java 25 runs the Java 17 jar, and its AOT cache (JEP 483/514/515) starts the service faster than Java 17's AppCDS
# (README, Performance: the fast-start form).
FROM eclipse-temurin:25-jre
WORKDIR /app

RUN groupadd --system --gid 10001 planner \
    && useradd --system --uid 10001 --gid planner --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin planner

# The fast-start form, made by the same script StartupBenchmarkCliIT runs (README, Performance): the jar extracted,
# Spring AOT's build-time code switched on, and an AOT cache recorded by a training run on this very JRE, which the
# cache must match; the script writes the options to /app/fast-start.args, which the entry point reads as a java
# argument file.
COPY src/main/docker/fast-start.sh /usr/local/bin/fast-start.sh
COPY --from=build /workspace/eks-network-planner.jar /tmp/eks-network-planner.jar
RUN sh /usr/local/bin/fast-start.sh /tmp/eks-network-planner.jar /app && rm /tmp/eks-network-planner.jar

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
# The paths are absolute so the jar and its cache are found from any working directory, and they are the training
# run's, which the cache requires. An OutOfMemoryError ends the process, so that the container restarts instead of
# living on with a dead connector thread.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "@/app/fast-start.args", "-jar", "/app/eks-network-planner.jar"]
