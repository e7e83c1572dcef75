# syntax=docker/dockerfile:1
# WRONG: target/classes holds the compiled classes, not the jar: java -jar cannot run a folder.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:25-jre AS runtime
WORKDIR /app
COPY --from=build /workspace/target/classes /app/billing.jar
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
