#!/bin/bash
# docker-compose.yml mounts this into the mariadb container's /docker-entrypoint-initdb.d/: on the
# container's first start (empty volume) it creates Keycloak's own database and user next to the
# application's (which the image creates from MARIADB_DATABASE/USER/PASSWORD).
set -eu
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is not set}"
pw="${KEYCLOAK_DB_PASSWORD//\\/\\\\}"
pw="${pw//\'/\\\'}"
mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${pw}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
echo "Keycloak database and user created"
