# syntax=docker/dockerfile:1
# ENTRYPOINT through sh -c, so $JAVA_OPTS is expanded when the container starts (exec keeps java as PID 1).

FROM maven:3.9-eclipse-temurin-25 AS package
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:25-jre AS service
WORKDIR /app
COPY --from=package /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENV JAVA_OPTS=""
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/billing.jar"]
