#!/bin/sh
# Makes the fast-start form of the service: the jar extracted (Spring Boot's documented CDS layout) and an AppCDS
# archive recorded by a training run that starts the application context and exits once it is refreshed.
# The Dockerfile runs this script in the image, and StartupBenchmarkCliIT runs it on the packaged jar, so both make
# the same thing. Usage: fast-start.sh JAR DESTINATION [JAVA]
# Then start the service with:
#   java -XX:SharedArchiveFile=DESTINATION/application.jsa -jar DESTINATION/<jar name>
set -eu

jar="$1"
destination="$2"
java="${3:-java}"

"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$destination"
training="$(mktemp -d)"
# The training run: the default (unauthenticated) mode on a free port, a throw-away database, and no exit code of its
# own to check but the archive it leaves.
"$java" -XX:ArchiveClassesAtExit="$destination/application.jsa" -Dspring.context.exit=onRefresh \
    -Dserver.port=0 -Dplanner.data-dir="$training" -Dplanner.security.mode=none \
    -jar "$destination/$(basename "$jar")" >"$training.log" 2>&1 || { cat "$training.log" >&2; exit 1; }
rm -rf "$training" "$training.log"
test -s "$destination/application.jsa"
