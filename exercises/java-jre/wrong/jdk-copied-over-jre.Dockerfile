# syntax=docker/dockerfile:1
# WRONG: the base is the JRE, but "to have jcmd and jstack handy" the whole JDK is copied
# in from the JDK image over it: the image is as big as before and ships a compiler.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
COPY --from=eclipse-temurin:21-jdk /opt/java/openjdk /opt/java/openjdk
WORKDIR /app
COPY --from=build /workspace/target/billing-0.0.1-SNAPSHOT.jar /app/billing.jar
RUN useradd --system --uid 10001 billing
USER billing
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/billing.jar"]
