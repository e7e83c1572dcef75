# syntax=docker/dockerfile:1
# Right, written differently: the `-composite` ASP.NET image on Ubuntu 24.04 chiseled (no shell,
# non-root by default), publish with a NuGet cache mount, numeric UID.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS compile
WORKDIR /code
COPY ["Catalog.Api/Catalog.Api.csproj", "Catalog.Api/"]
RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore "Catalog.Api/Catalog.Api.csproj"
COPY . .
RUN --mount=type=cache,target=/root/.nuget/packages \
    dotnet publish "Catalog.Api/Catalog.Api.csproj" --configuration Release --output /out --no-restore /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-composite AS runtime
WORKDIR /srv
COPY --from=compile /out .
USER 1654
EXPOSE 8080
ENTRYPOINT ["dotnet", "/srv/Catalog.Api.dll"]
