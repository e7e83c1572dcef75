# syntax=docker/dockerfile:1
# WRONG: `runtime` is smaller than `aspnet`, but it has only the .NET runtime, not ASP.NET
# Core: the web API stops at start-up with "framework 'Microsoft.AspNetCore.App' not found".

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/runtime:8.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Catalog.Api.dll"]
