# syntax=docker/dockerfile:1
# WRONG: a self-contained publish for linux-musl-x64 needs musl's loader, which the glibc-based runtime-deps image (Ubuntu 24.04 for .NET 10) does not have.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj -r linux-musl-x64
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -r linux-musl-x64 --self-contained -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["./Catalog.Api"]
