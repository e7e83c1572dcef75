# syntax=docker/dockerfile:1
# WRONG: the reference is fixed by name, but a JDK is copied from the Gradle build stage
# over the JRE "for the agent's attach API": the compiler ships in the image again.

FROM scratch AS otel-agent
ARG OTEL_VERSION=2.6.0
ADD https://github.com/open-telemetry/opentelemetry-java-instrumentation/releases/download/v${OTEL_VERSION}/opentelemetry-javaagent.jar /otel/opentelemetry-javaagent.jar

FROM gradle:8.8-jdk21 AS build
WORKDIR /home/gradle/project
COPY settings.gradle.kts build.gradle.kts ./
COPY src ./src
RUN gradle bootJar --no-daemon

FROM eclipse-temurin:21-jre-alpine AS runtime
COPY --from=eclipse-temurin:21-jdk-alpine /opt/java/openjdk /opt/java/openjdk
WORKDIR /app
COPY --from=otel-agent /otel/opentelemetry-javaagent.jar /app/otel.jar
COPY --from=build /home/gradle/project/build/libs/orders.jar /app/orders.jar
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-javaagent:/app/otel.jar", "-jar", "/app/orders.jar"]
