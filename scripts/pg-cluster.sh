#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests: `pg-cluster.sh start DIR PORT` / `pg-cluster.sh stop DIR`.
# Runs initdb/pg_ctl from /usr/lib/postgresql/15/bin as the `postgres` user; trust auth on 127.0.0.1.
# Durability is off for speed unless DURABLE=1.
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
cmd=${1:?start|stop}
dir=${2:?data directory}
port=${3:-5433}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi
}

case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      chown postgres:postgres "$dir" 2>/dev/null || true
      as_postgres "$BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      {
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = '$dir'"
        echo "max_connections = 200"
        # DURABLE=1 keeps PostgreSQL's defaults (the crash test kills PostgreSQL itself)
        if [ "${DURABLE:-0}" != 1 ]; then
          echo "fsync = off"
          echo "synchronous_commit = off"
          echo "full_page_writes = off"
        fi
      } | as_postgres tee -a "$dir/postgresql.conf" >/dev/null
      echo "host all all 127.0.0.1/32 trust" | as_postgres tee "$dir/pg_hba.conf" >/dev/null
      echo "local all all trust" | as_postgres tee -a "$dir/pg_hba.conf" >/dev/null
    fi
    as_postgres "$BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then as_postgres "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true; fi
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
