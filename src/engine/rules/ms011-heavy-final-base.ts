import { heavyBaseAdvice } from '../images';
import { rootStage } from '../facts/stages';
import { defineRule } from './util';

export default defineRule({
  id: 'MS011',
  name: 'heavy-final-base',
  severity: 'warning',
  summary: 'The shipped stage is based on a full SDK or toolchain image.',
  explanation:
    'SDK images (`golang` and `rust` with any tag, an `-alpine` one included, `node`, `python` without `-slim`/`-alpine`, JDKs, `maven`, `gradle`, the .NET SDK, `gcc`, `buildpack-deps`) carry compilers and package caches for building. Shipping one makes the image several times larger than it needs to be and widens what an attacker can use. Build on the SDK, run on the slim, JRE, runtime, distroless or scratch image.',
  bad: `# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q dependency:go-offline
COPY src ./src
RUN mvn -q package -DskipTests

FROM eclipse-temurin:21-jdk AS runtime
COPY --from=build /src/target/app.jar /app/app.jar
USER 1000
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
`,
  good: `# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q dependency:go-offline
COPY src ./src
RUN mvn -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
COPY --from=build /src/target/app.jar /app/app.jar
USER 1000
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
`,
  howToFix: 'Keep the SDK image for the build stage and base the final stage on the lighter image the message names.',
  reference: 'final-base',
  equivalents: {},
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const root = rootStage(model, final);
    // A variable with no default expands to nothing, as in BuildKit: `${PREFIX}golang:1.26` is golang:1.26.
    if (root.base.kind !== 'image' || root.base.image.name === '') return [];
    const advice = heavyBaseAdvice(root.base.image);
    if (!advice) return [];
    const via = root === final ? '' : ` (through stage '${root.name ?? `#${root.index}`}')`;
    const sizes = advice.lighterSize.split(' or ');
    const lighter = advice.lighter.split(' or ').map((image, i) => `${image} (${sizes[i] ?? advice.lighterSize})`).join(' or ');
    return [{
      message: `the shipped stage is based on ${root.base.image.resolved}${via}, a full ${advice.language} SDK image (${advice.heavySize}${advice.heavy === root.base.image.resolved ? '' : ` for ${advice.heavy}`}): run on ${lighter} instead`,
      span: root.baseRef.span,
    }];
  },
});
