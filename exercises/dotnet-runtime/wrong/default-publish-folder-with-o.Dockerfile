# syntax=docker/dockerfile:1
# WRONG: dotnet publish -o /app/publish writes there only; bin/Release/net10.0/publish is never made, so the COPY fails with "not found".

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /src/Catalog.Api/bin/Release/net10.0/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Catalog.Api.dll"]
