# syntax=docker/dockerfile:1
# Right, written differently: a self-contained publish for the musl runtime identifier,
# run on Alpine `runtime-deps`, which has the native libraries and nothing else.
FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS sdk
WORKDIR /source
COPY Catalog.Api/*.csproj Catalog.Api/
RUN dotnet restore Catalog.Api -r linux-musl-x64
COPY . .
RUN dotnet publish Catalog.Api -c Release -r linux-musl-x64 --self-contained true --no-restore -o /published

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine AS api
WORKDIR /app
COPY --link --from=sdk /published ./
USER app
EXPOSE 8080
ENTRYPOINT ["./Catalog.Api"]
