#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback for the registry's API tests and prints the connection string they read from
# PROCBASE_TEST_POSTGRES. Idempotent: a server already running is reused, a role already made is kept. Needs root (CI).
set -euo pipefail
# Only the connection string goes to stdout: pg_ctlcluster says things like "Removed stale pid file." there.
exec 3>&1 1>&2
role=procbase password=procbase port=${PROCBASE_POSTGRES_PORT:-5432}
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
[ -n "$version" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  timeout 60 pg_createcluster "$version" main -p "$port" 3>&-
fi
cluster=$(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}')
if ! pg_lsclusters -h | head -n 1 | grep -q online; then
  # The server it starts must not hold the caller's stdout open (3>&-), or $(…) around this script never ends.
  # shellcheck disable=SC2086
  timeout 60 pg_ctlcluster $cluster start 3>&-
fi
port=$(pg_lsclusters -h | head -n 1 | awk '{print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -q" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SQL
# The replication test publishes standards from one database and subscribes another to them: logical WAL, and a role
# that may create subscriptions, which PostgreSQL 15 allows superusers only. This is the tests' throwaway cluster.
su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qc 'ALTER ROLE $role SUPERUSER'" >/dev/null
if [ "$(su postgres -c "psql -p $port -tAc 'SHOW wal_level'")" != logical ]; then
  su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qc 'ALTER SYSTEM SET wal_level = logical'" >/dev/null
  # shellcheck disable=SC2086
  timeout 60 pg_ctlcluster $cluster restart 3>&-
  for _ in $(seq 1 30); do
    su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break
    sleep 1
  done
fi
echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=postgres" >&3
