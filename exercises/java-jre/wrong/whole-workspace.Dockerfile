# syntax=docker/dockerfile:1
# WRONG: copies the build stage's whole /workspace (sources, target/ with classes and test
# reports) instead of the jar it built.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
WORKDIR /app
COPY --from=build /workspace /app
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/target/billing-0.0.1-SNAPSHOT.jar"]
