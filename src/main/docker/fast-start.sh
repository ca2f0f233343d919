#!/bin/sh
# Makes the fast-start form of the service: the jar extracted (Spring Boot's documented CDS layout), the code
# Spring AOT wrote at build time switched on (-Dspring.aot.enabled=true), and an archive recorded by a training run
# that starts the application context and exits once it is refreshed: on Java 25 or later an AOT cache (JEP
# 483/514/515: classes loaded and linked, method profiles), else an AppCDS archive. It also writes
# DESTINATION/fast-start.args, the JVM options that name the archive and switch Spring AOT on, as a java launcher
# argument file. The Dockerfile runs this script in the image, and the start-up benchmark and FastStartPostgresCliIT
# run it on the packaged jar, so all make the same thing. Usage: fast-start.sh JAR DESTINATION [JAVA]
# Then start the service with the same java:
#   java @DESTINATION/fast-start.args -jar DESTINATION/<jar name>
set -eu

jar="$1"
destination="$2"
java="${3:-java}"

"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$destination"
destination="$(cd "$destination" && pwd)"
version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
if [ "${version%%.*}" -ge 25 ]; then
    archive="$destination/application.aot"
    record="-XX:AOTCacheOutput=$archive"
    use="-XX:AOTCache=$archive"
else
    archive="$destination/application.jsa"
    record="-XX:ArchiveClassesAtExit=$archive"
    use="-XX:SharedArchiveFile=$archive"
fi
rm -f "$destination/application.aot" "$destination/application.jsa" "$destination/fast-start.args"
training="$(mktemp -d)"
# The training run: the default (unauthenticated) mode on a free port, a throw-away database, and no exit code of its
# own to check but the archive it leaves.
"$java" "$record" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -Dserver.port=0 -Dplanner.data-dir="$training" -Dplanner.security.mode=none \
    -jar "$destination/$(basename "$jar")" >"$training.log" 2>&1 || { cat "$training.log" >&2; exit 1; }
rm -rf "$training" "$training.log"
test -s "$archive"
printf '"%s"\n%s\n' "$use" "-Dspring.aot.enabled=true" >"$destination/fast-start.args"
