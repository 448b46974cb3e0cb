# Sourced by scripts/test.sh and benchmarks/national.sh: starts a throwaway PostgreSQL on a free
# loopback port (as the postgres user when run as root) in a new temporary directory.
# After start_throwaway_postgres FIRST_PORT [extra server options]: PG_BIN, PG_DIR, PG_PORT are set;
# stop_throwaway_postgres stops it and removes the directory.
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
run_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

start_throwaway_postgres() {
  local first=$1; shift
  PG_BIN=$(find_pg_bin)
  [ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/oneworkforce-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
  PG_PORT=""
  for p in $(seq "$first" $((first + 200))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PG_PORT=$p; break; fi
  done
  [ -n "$PG_PORT" ] || { echo "no free port for PostgreSQL" >&2; return 1; }
  run_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/init.log" 2>&1 \
    || { cat "$PG_DIR/init.log"; return 1; }
  run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 $*" start >/dev/null || { cat "$PG_DIR/postgres.log"; return 1; }
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
