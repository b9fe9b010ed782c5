#!/usr/bin/env bash
# Writes the API's OpenAPI document to web/openapi/v1.json (the SPA's client is generated from it).
# Run after changing an endpoint or a DTO, then `cd web && npm run build` to see what the contract change breaks.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
LKVITAI_UPDATE_OPENAPI=1 dotnet test tests/LKvitai.Api.IntegrationTests --nologo -v quiet \
  --filter "FullyQualifiedName~OpenApi_IsPublic" >/dev/null
echo "web/openapi/v1.json updated"
