# Shared by the two README commands. Sourced, not run.

# The project's Node 24 (from the npm registry) goes ahead of the machine's Node.
export PATH="$PWD/node_modules/.bin:$PATH"
export NX_DAEMON=false NX_TUI=false NX_NO_CLOUD=true

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

stack() { tsx --tsconfig tsconfig.base.json tools/stack/src/main.ts "$@"; }

# Exports the connection settings `stack up` wrote (KAFKA_BROKERS, DATABASE_URL, …).
load_stack_env() {
  set -a
  # shellcheck disable=SC1091
  . .stack/stack.env
  set +a
}
