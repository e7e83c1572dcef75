# syntax=docker/dockerfile:1
# WRONG: the right base, but the final stage copies the build stage's whole /src (sources,
# obj/ and bin/ folders) and runs the dll from its bin/ folder.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj
COPY . .
RUN dotnet build Catalog.Api/Catalog.Api.csproj -c Release --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /src .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Catalog.Api/bin/Release/net10.0/Catalog.Api.dll"]
