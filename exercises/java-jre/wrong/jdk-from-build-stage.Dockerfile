# syntax=docker/dockerfile:1
# WRONG: the same mistake by another road: the Java home of the Maven (JDK) build stage is
# copied into the JRE image, so the JDK ships after all.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
ENV JAVA_HOME=/opt/java/openjdk
COPY --from=build /opt/java/openjdk $JAVA_HOME
WORKDIR /app
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
