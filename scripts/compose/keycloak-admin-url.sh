#!/bin/bash
# docker-compose.yml runs this (service keycloak-admin-url, the keycloak image) once Keycloak is healthy, at every
# `docker compose up`. The master realm (Keycloak's own administrators) must log in on the admin console's loopback
# address (KC_HOSTNAME_ADMIN, reached through an SSH tunnel), not on the public origin, where nginx refuses
# /realms/master/: without this, the admin console's login form posts to PUBLIC_URL/realms/master and gets a 404.
# Keycloak cannot import the master realm, so its frontend URL is set here, through the admin API inside the network.
set -eu
: "${KEYCLOAK_ADMIN_URL:?}" "${KEYCLOAK_ADMIN_USERNAME:?}" "${KEYCLOAK_ADMIN_PASSWORD:?}"
kcadm=/opt/keycloak/bin/kcadm.sh
config=/tmp/kcadm.config
if ! "$kcadm" config credentials --config "$config" --server http://keycloak:8080 --realm master \
    --user "$KEYCLOAK_ADMIN_USERNAME" --password "$KEYCLOAK_ADMIN_PASSWORD" >/dev/null 2>&1; then
  # The bootstrap administrator is gone once a named one replaced it (README): by then the address is set.
  echo "doithoai: cannot log in as $KEYCLOAK_ADMIN_USERNAME; the master realm is left as it is"
  exit 0
fi
"$kcadm" update realms/master --config "$config" -s "attributes.frontendUrl=$KEYCLOAK_ADMIN_URL"
rm -f "$config"
echo "doithoai: the master realm logs in at $KEYCLOAK_ADMIN_URL (the admin console, through an SSH tunnel)"
