# syntax=docker/dockerfile:1
# WRONG: `eclipse-temurin:25` looks lighter than `25-jdk` but is the same JDK image.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:25 AS runtime
WORKDIR /app
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
