# syntax=docker/dockerfile:1
# WRONG: the user is created in the Maven stage, whose /etc/passwd the JRE image never sees.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests && useradd billing

FROM eclipse-temurin:25-jre AS runtime
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
USER billing
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
