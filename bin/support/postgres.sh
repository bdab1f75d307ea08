# Shared by bin/with-postgres: a throwaway PostgreSQL cluster for the
# database specs and benchmarks. Debian keeps the server binaries off PATH,
# in the package's versioned directory; initdb and postgres refuse to run as
# root, so as root the cluster belongs to the package's postgres user.
pg_major=15

pg_bin_dir() {
  local initdb
  initdb=$(dpkg -L "postgresql-$pg_major" 2>/dev/null | grep '/bin/initdb$' | head -1)
  [[ -n $initdb ]] && dirname "$initdb"
}

install_postgres() {
  if [[ -n "$(pg_bin_dir)" ]] && command -v pg_config >/dev/null 2>&1; then
    return 0
  fi
  say "Installing Debian's postgresql-$pg_major and libpq-dev"
  as_root apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      "postgresql-$pg_major" libpq-dev
}

# as_cluster_owner COMMAND...: runs a server command as whoever owns the cluster.
as_cluster_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_postgres: creates and starts a cluster listening only on a Unix
# socket in its own temporary directory, and exports PGHOST, PGPORT, PGUSER
# and PGDATABASE for it.
start_postgres() {
  local bin
  bin=$(pg_bin_dir) || return 1
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/volunteer-booking-pg.XXXXXX") || return 1
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pg_dir"
  fi
  pg_ctl_bin=$bin/pg_ctl
  as_cluster_owner "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log"
    return 1
  }
  # Durability is not under test: without fsync a run is several times faster.
  as_cluster_owner "$pg_ctl_bin" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -s \
    -o "-c listen_addresses='' -k $pg_dir -p 5432 -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=120" start || {
    cat "$pg_dir/server.log"
    return 1
  }
  export PGHOST=$pg_dir PGPORT=5432 PGUSER=postgres PGDATABASE=volunteer_booking_test
  "$bin/createdb" "$PGDATABASE"
}

# stop_postgres: stops the cluster and deletes it; safe to call twice.
stop_postgres() {
  [[ -n ${pg_dir:-} && -d $pg_dir ]] || return 0
  if [[ -f $pg_dir/data/postmaster.pid ]]; then
    as_cluster_owner "$pg_ctl_bin" -D "$pg_dir/data" -m fast -w -s stop >/dev/null 2>&1
  fi
  rm -rf "$pg_dir"
  pg_dir=
}
