#!/bin/sh
# Writes /usr/share/nginx/html/config.json from the environment at container start,
# so one image runs against any backend and Keycloak.
set -eu
: "${API_BASE:=}"
: "${OIDC_AUTHORITY:=http://localhost:8180/realms/doithoai}"
: "${OIDC_CLIENT_ID:=doithoai-web}"
export API_BASE OIDC_AUTHORITY OIDC_CLIENT_ID
cat > /tmp/config.json.template <<'JSON'
{
  "apiBase": "${API_BASE}",
  "oidcAuthority": "${OIDC_AUTHORITY}",
  "oidcClientId": "${OIDC_CLIENT_ID}"
}
JSON
envsubst '${API_BASE} ${OIDC_AUTHORITY} ${OIDC_CLIENT_ID}' < /tmp/config.json.template > /usr/share/nginx/html/config.json
rm -f /tmp/config.json.template
echo "doithoai: config.json written (apiBase='${API_BASE}', oidcAuthority='${OIDC_AUTHORITY}')"
