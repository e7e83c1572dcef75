# syntax=docker/dockerfile:1
# Right, written differently: jlink makes a trimmed Java runtime in /opt/jre; the final
# Debian slim stage copies it, puts its bin/ on PATH, and runs the jar with it.

FROM maven:3.9-eclipse-temurin-25 AS jar-builder
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests
RUN jlink --add-modules java.base,java.logging,java.naming,java.net.http,java.sql,java.management,java.instrument,java.security.jgss,java.desktop,jdk.unsupported \
      --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

FROM debian:trixie-slim AS service
ENV JAVA_HOME=/opt/jre PATH="/opt/jre/bin:$PATH"
COPY --from=jar-builder /opt/jre /opt/jre
WORKDIR /app
COPY --from=jar-builder /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
