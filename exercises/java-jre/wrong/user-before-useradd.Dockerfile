# syntax=docker/dockerfile:1
# WRONG: `USER billing` moved up next to WORKDIR, above the RUN that creates the user:
# that RUN then runs as a user that does not exist and the build fails.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
WORKDIR /app
USER billing
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
