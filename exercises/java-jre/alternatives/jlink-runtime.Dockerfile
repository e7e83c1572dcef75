# syntax=docker/dockerfile:1
# Right, written differently: jlink builds a trimmed Java runtime in the JDK stage and the
# final stage is plain Debian slim with that runtime and the jar.
FROM eclipse-temurin:21-jdk AS jdk-build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN ./mvnw -B dependency:go-offline
COPY src src
RUN ./mvnw -B package -DskipTests \
 && cp target/billing-0.0.1-SNAPSHOT.jar /src/billing.jar
RUN jlink --add-modules java.base,java.logging,java.naming,java.sql,java.management,jdk.unsupported \
      --strip-debug --no-man-pages --no-header-files --compress=2 --output /javaruntime

FROM debian:bookworm-slim AS app
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jdk-build /javaruntime $JAVA_HOME
COPY --from=jdk-build /src/billing.jar /srv/billing.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/srv/billing.jar"]
