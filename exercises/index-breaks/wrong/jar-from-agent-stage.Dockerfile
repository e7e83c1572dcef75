# syntax=docker/dockerfile:1
# WRONG: what `lint --fix` would do blindly: `--from=0` renamed to the stage index 0 names
# today, the agent stage, which holds no orders.jar; the build fails.

FROM scratch AS otel-agent
ARG OTEL_VERSION=2.6.0
ADD https://github.com/open-telemetry/opentelemetry-java-instrumentation/releases/download/v${OTEL_VERSION}/opentelemetry-javaagent.jar /otel/opentelemetry-javaagent.jar

FROM gradle:8.8-jdk21 AS build
WORKDIR /home/gradle/project
COPY settings.gradle.kts build.gradle.kts ./
COPY src ./src
RUN gradle bootJar --no-daemon

FROM eclipse-temurin:21-jre-alpine AS runtime
WORKDIR /app
COPY --from=otel-agent /otel/opentelemetry-javaagent.jar /app/otel.jar
COPY --from=otel-agent /home/gradle/project/build/libs/orders.jar /app/orders.jar
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-javaagent:/app/otel.jar", "-jar", "/app/orders.jar"]
