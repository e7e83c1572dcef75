# syntax=docker/dockerfile:1
# The Gradle task named by its path in the root project, :bootJar.

# Fetch the OpenTelemetry agent in its own stage.
FROM scratch AS otel-agent
ARG OTEL_VERSION=2.6.0
ADD https://github.com/open-telemetry/opentelemetry-java-instrumentation/releases/download/v${OTEL_VERSION}/opentelemetry-javaagent.jar /otel/opentelemetry-javaagent.jar

FROM gradle:9-jdk25 AS jar
WORKDIR /home/gradle/project
COPY settings.gradle.kts build.gradle.kts ./
COPY src ./src
RUN gradle clean :bootJar --no-daemon --stacktrace

FROM eclipse-temurin:25-jre-alpine AS service
WORKDIR /app
COPY --from=otel-agent /otel/opentelemetry-javaagent.jar /app/otel.jar
COPY --from=jar /home/gradle/project/build/libs/orders.jar /app/orders.jar
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-javaagent:/app/otel.jar", "-jar", "/app/orders.jar"]
