# syntax=docker/dockerfile:1
# Right, written differently: the build stage first, the agent fetched by a curl stage,
# other names; every reference by name so order no longer matters.
FROM gradle:8.8-jdk21-alpine AS gradle-build
WORKDIR /workspace
COPY settings.gradle.kts build.gradle.kts ./
COPY src/ src/
RUN --mount=type=cache,target=/home/gradle/.gradle gradle bootJar --no-daemon

FROM alpine:3.20 AS agent
ARG OTEL_VERSION=2.6.0
RUN apk add --no-cache curl \
 && curl -fsSLo /otel.jar "https://github.com/open-telemetry/opentelemetry-java-instrumentation/releases/download/v${OTEL_VERSION}/opentelemetry-javaagent.jar"

FROM eclipse-temurin:21-jre AS service
COPY --from=agent /otel.jar /opt/otel/otel.jar
COPY --from=gradle-build /workspace/build/libs/orders.jar /opt/orders/orders.jar
USER 65532
EXPOSE 8080
ENTRYPOINT ["java", "-javaagent:/opt/otel/otel.jar", "-jar", "/opt/orders/orders.jar"]
