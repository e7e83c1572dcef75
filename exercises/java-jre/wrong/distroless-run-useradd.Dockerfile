# syntax=docker/dockerfile:1
# WRONG: distroless Java is a good runtime, but it has no shell, so the RUN that creates a
# user cannot run and the build fails. Its `nonroot` tag (or USER 65532) needs no RUN at all.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM gcr.io/distroless/java25-debian13 AS runtime
WORKDIR /app
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
