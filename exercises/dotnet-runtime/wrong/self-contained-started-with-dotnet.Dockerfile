# syntax=docker/dockerfile:1
# WRONG: a self-contained publish may run on runtime-deps, but it starts by its own name
# (/app/Catalog.Api). runtime-deps has no `dotnet` host, so `dotnet Catalog.Api.dll` is
# "not found" and the container exits at once.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Catalog.Api/Catalog.Api.csproj Catalog.Api/
RUN dotnet restore Catalog.Api/Catalog.Api.csproj -r linux-x64
COPY . .
RUN dotnet publish Catalog.Api/Catalog.Api.csproj -c Release -r linux-x64 --self-contained true -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "Catalog.Api.dll"]
