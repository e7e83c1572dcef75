# syntax=docker/dockerfile:1
# Spring Boot layered jar: the layers extracted in the build stage, copied one by one, those that change least first (JarLauncher is in spring-boot-loader).
FROM maven:3.9-eclipse-temurin-25 AS compile
WORKDIR /workspace
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests && java -Djarmode=tools -jar target/billing-0.0.1-SNAPSHOT.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:25-jre AS server
WORKDIR /app
COPY --from=compile /workspace/target/extracted/dependencies/ ./
COPY --from=compile /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=compile /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=compile /workspace/target/extracted/application/ ./
USER 10001
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
