# shellcheck shell=bash
# Sourced by ./molt, ./molt-test and .ci/run: finds a JDK 21 or newer.
#
# molt_find_jdk: sets MOLT_JAVA_HOME to $JAVA_HOME if that is a JDK >= 21, else to the newest
# JDK >= 21 under /usr/lib/jvm (then /usr/java, /opt/java); returns 1 with a message on stderr if
# there is none. A JDK's version is read from its `release` file (no JVM start, so it costs
# nothing at launch); `java -version` is the fallback for a JDK without one.

MOLT_MIN_JAVA=21

# Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing if it is not a JDK.
molt_jdk_feature() {
  local home=$1 v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" 2>/dev/null)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case $v in
    1.*) v=${v#1.} ;;          # 1.8.0_392 -> 8
  esac
  v=${v%%[.+-]*}
  case $v in
    ''|*[!0-9]*) return 0 ;;
  esac
  printf '%s\n' "$v"
}

# shellcheck disable=SC2034  # MOLT_JAVA_HOME is what the sourcing script reads
molt_find_jdk() {
  local f best="" best_f=0 d
  if [ -n "${JAVA_HOME:-}" ]; then
    f=$(molt_jdk_feature "$JAVA_HOME")
    if [ -n "$f" ] && [ "$f" -ge "$MOLT_MIN_JAVA" ]; then
      MOLT_JAVA_HOME=$JAVA_HOME
      return 0
    fi
  fi
  for d in /usr/lib/jvm/*/ /usr/java/*/ /opt/java/*/; do
    [ -d "$d" ] || continue
    d=${d%/}
    f=$(molt_jdk_feature "$d")
    if [ -n "$f" ] && [ "$f" -ge "$MOLT_MIN_JAVA" ] && [ "$f" -gt "$best_f" ]; then
      best=$d
      best_f=$f
    fi
  done
  if [ -n "$best" ]; then
    MOLT_JAVA_HOME=$best
    return 0
  fi
  {
    echo "molt: error: no JDK $MOLT_MIN_JAVA or newer found (looked at \$JAVA_HOME=${JAVA_HOME:-<unset>} and /usr/lib/jvm/*)."
    echo "molt: install one, e.g. 'apt-get install openjdk-21-jdk-headless' (Debian 13+, Ubuntu 22.04+)"
    echo "molt: or Eclipse Temurin 21+ (https://adoptium.net), then set JAVA_HOME to it."
  } >&2
  return 1
}
