# syntax=docker/dockerfile:1
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS base
WORKDIR /srv/catalog
EXPOSE 8080

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS publish
WORKDIR /source
COPY ./Catalog.Api/*.csproj ./Catalog.Api/
RUN dotnet restore ./Catalog.Api
COPY . .
RUN dotnet publish ./Catalog.Api --configuration Release --output /out --no-restore

FROM base AS release
COPY --from=publish /out/ ./
USER app
ENTRYPOINT ["dotnet", "/srv/catalog/Catalog.Api.dll"]
