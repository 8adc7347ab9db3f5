# Sourced by the Makefile. ensure_database MODE makes PostgreSQL reachable at 127.0.0.1:5432:
# it starts the local cluster when it is installed but down. MODE=test fails when there is no
# PostgreSQL at all; MODE=run falls back to SQLite so a newcomer's first run always works.

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

ensure_database() {
  local mode=$1
  if [ -n "${DATABASE_URL:-}" ] && [[ "${DATABASE_URL}" != postgres* ]]; then
    return 0  # the caller chose another database
  fi
  if ! pg_up && command -v pg_ctlcluster >/dev/null 2>&1; then
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$version" ]; then
      echo "PostgreSQL $version is installed but down: starting it."
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
      for _ in $(seq 1 20); do pg_up && break; sleep 0.5; done
    fi
  fi
  if pg_up; then
    if [ -z "${DATABASE_URL:-}" ]; then
      psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='childhub'" \
        | grep -q 1 || createdb -h 127.0.0.1 -U postgres childhub
    fi
    return 0
  fi
  if [ "$mode" = test ]; then
    echo "ERROR: no PostgreSQL server found at 127.0.0.1:5432 and none installed to start." >&2
    echo "Install PostgreSQL (apt-get install postgresql) or set DATABASE_URL." >&2
    return 1
  fi
  mkdir -p var
  export DATABASE_URL="sqlite:///$(pwd)/var/db.sqlite3"
  echo "NOTE: no PostgreSQL reachable at 127.0.0.1:5432; using SQLite at var/db.sqlite3."
  echo "      Search runs on the SQLite backend; use PostgreSQL for anything but a first look."
}
