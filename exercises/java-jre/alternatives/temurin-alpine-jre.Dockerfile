# syntax=docker/dockerfile:1
# Right, written differently: Maven on Alpine with a cache mount, Temurin JRE on Alpine, user created
# with adduser before USER, the jar copied with --link.
FROM maven:3.9-eclipse-temurin-21-alpine AS mvn
WORKDIR /usr/src/billing
COPY pom.xml ./
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src/ ./src/
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests

FROM eclipse-temurin:21-jre-alpine AS service
RUN addgroup -S billing && adduser -S -G billing billing
COPY --link --from=mvn /usr/src/billing/target/billing-0.0.1-SNAPSHOT.jar /opt/app.jar
USER billing:billing
EXPOSE 8080
CMD ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/app.jar"]
