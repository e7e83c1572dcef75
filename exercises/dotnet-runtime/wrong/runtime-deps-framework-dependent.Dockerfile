# syntax=docker/dockerfile:1
# WRONG: `runtime-deps` holds no .NET at all, only the native libraries; it runs a
# self-contained app, but this publish is framework-dependent (no --self-contained), so
# there is no `dotnet` to start it.

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["./Catalog.Api"]
