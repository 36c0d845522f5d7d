#!/bin/bash
# Runs once, on the first start of the compose PostgreSQL (empty data volume): one database per service, all owned by
# POSTGRES_USER. The list comes from AGENCYOS_DATABASES in docker-compose.yml, which ComposeFileTest keeps equal to
# the services' agencyos.database values.
set -euo pipefail
for db in ${AGENCYOS_DATABASES}; do
  echo "agency-os: creating database ${db}"
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname postgres \
    -c "CREATE DATABASE \"${db}\" OWNER \"${POSTGRES_USER}\""
done
