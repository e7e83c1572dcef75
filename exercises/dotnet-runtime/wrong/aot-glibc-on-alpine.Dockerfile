# syntax=docker/dockerfile:1
# WRONG: a native AOT publish for linux-x64 links glibc; the -alpine runtime-deps image has musl, so it cannot start.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj -r linux-x64
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -r linux-x64 -p:PublishAot=true --no-restore -o /app/publish

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine AS final
WORKDIR /app
COPY --from=build /app/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["./Catalog.Api"]
