# syntax=docker/dockerfile:1
# WRONG: only Catalog.Api.dll is copied from the publish output; `dotnet Catalog.Api.dll` also
# needs its runtimeconfig.json, deps.json and the dependency assemblies beside it, so it does not start.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish/Catalog.Api.dll .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Catalog.Api.dll"]
