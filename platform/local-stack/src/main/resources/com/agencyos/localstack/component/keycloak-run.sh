#!/bin/sh
# Written by ./agency-os at every start: builds the Keycloak server once, then runs it.
# The launcher provides KC_HOME and the AGENCYOS_KC_* variables.
set -e
cd "$KC_HOME"
if [ ! -f .agencyos-built ] || [ "$(cat .agencyos-built)" != "$AGENCYOS_KC_BUILD_OPTIONS" ]; then
  echo "agency-os: building Keycloak with $AGENCYOS_KC_BUILD_OPTIONS (first start only)"
  [ -z "$AGENCYOS_KC_AOT" ] || rm -f "$AGENCYOS_KC_AOT"
  JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1" bin/kc.sh build $AGENCYOS_KC_BUILD_OPTIONS
  printf '%s' "$AGENCYOS_KC_BUILD_OPTIONS" > .agencyos-built
fi
if [ -z "$AGENCYOS_KC_AOT" ]; then
  aot=""
elif [ -f "$AGENCYOS_KC_AOT" ]; then
  aot="-XX:AOTCache=$AGENCYOS_KC_AOT"
else
  echo "agency-os: recording a JDK AOT cache in this run; the JVM writes it when Keycloak stops"
  aot="-XX:AOTCacheOutput=$AGENCYOS_KC_AOT"
fi
JAVA_OPTS_APPEND="$AGENCYOS_KC_JAVA_OPTIONS $aot"
export JAVA_OPTS_APPEND
# --cache=local: the default clustered Infinispan starts JGroups and looks for peers at every start.
exec "$KC_HOME/bin/kc.sh" start --optimized --import-realm --cache=local \
  --http-enabled=true --http-port="$AGENCYOS_KC_HTTP_PORT" --hostname="http://localhost:$AGENCYOS_KC_HTTP_PORT" \
  --http-management-port="$AGENCYOS_KC_MANAGEMENT_PORT"
