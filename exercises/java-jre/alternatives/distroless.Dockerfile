# syntax=docker/dockerfile:1
FROM eclipse-temurin:25-jdk AS package
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN ./mvnw -B package -DskipTests && cp target/billing-*.jar /build/app.jar

# distroless/java runs `java -jar` on its own: CMD names the jar.
FROM gcr.io/distroless/java25-debian13:nonroot AS service
COPY --from=package /build/app.jar /opt/billing/app.jar
USER nonroot
CMD ["/opt/billing/app.jar"]
