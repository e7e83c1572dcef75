# syntax=docker/dockerfile:1
# WRONG: BusyBox adduser -S without -G puts billing in nogroup, so USER billing:billing names a group that does not exist.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:25-jre-alpine AS runtime
WORKDIR /app
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN adduser -S -u 10001 billing
USER billing:billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
