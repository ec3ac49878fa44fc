# Sourced by test.sh and bench/run.sh: installing missing Debian packages, and a private PostgreSQL cluster for one run
# (its own folder, socket and free port, trust auth on 127.0.0.1 only, fsync off), stopped and removed on exit.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_missing() {
  [ $# -gt 0 ] || return 0
  echo "Installing $* ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Sets THROWAWAY_POSTGRES to the server's connection string (database "postgres").
start_throwaway_postgres() {
  PG_BIN=$(pg_bin)
  PG_DIR=$(mktemp -d /tmp/dyad-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  trap stop_throwaway_postgres EXIT
  as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U postgres -E UTF8 --no-sync" >/dev/null
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start" >/dev/null
  THROWAWAY_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT for this run"
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres "$PG_DIR"
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

stop_throwaway_postgres() {
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
