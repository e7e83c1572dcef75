# syntax=docker/dockerfile:1
# WRONG: the jlink runtime is copied to /opt/jre and JAVA_HOME names it, but its bin/ is not on
# PATH and debian:trixie-slim has no java of its own: `java -jar` is not found when the container starts.

FROM maven:3.9-eclipse-temurin-25 AS jar-builder
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests
RUN jlink --add-modules java.base,java.logging,java.naming,java.net.http,java.sql,java.management,java.instrument,java.security.jgss,java.desktop,jdk.unsupported \
      --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output /opt/jre

FROM debian:trixie-slim AS service
ENV JAVA_HOME=/opt/jre
COPY --from=jar-builder /opt/jre /opt/jre
WORKDIR /app
COPY --from=jar-builder /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
