# Sourced by bin/* and .ci/run: makes JAVA_HOME a JDK 21 or newer (the default JDK here is 17),
# keeping the one already chosen when it is new enough, else taking the newest under /usr/lib/jvm.
java_major() { "$1/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'; }
jdk_21_plus() { local major; major=$(java_major "$1"); [ -n "$major" ] && [ "$major" -ge 21 ]; }

if [ -z "${JAVA_HOME:-}" ] || ! jdk_21_plus "$JAVA_HOME"; then
  unset JAVA_HOME
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    if jdk_21_plus "${candidate%/}" && [ -x "${candidate%/}/bin/javac" ]; then
      export JAVA_HOME="${candidate%/}"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "No JDK 21 or newer found: set JAVA_HOME to one." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's and Kafka's libraries use sun.misc.Unsafe; JDK 24+ warns about it unless told to allow it.
JAVA_QUIET_FLAGS=""
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  JAVA_QUIET_FLAGS="--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
