# syntax=docker/dockerfile:1
# Right, written differently: Gradle build of the whole project, Temurin JRE on Ubuntu jammy, a system user and group.
FROM gradle:9-jdk25 AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle build --no-daemon -x test

FROM eclipse-temurin:25-jre-jammy AS svc
RUN groupadd -r billing && useradd -r -g billing billing
COPY --from=build /home/gradle/src/build/libs/*.jar /app/app.jar
USER billing
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
