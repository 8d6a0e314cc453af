#!/usr/bin/env bash
# Write .env (in the current directory) with a fresh auth secret, unless there is one already.
# The secret signs every session: the file is readable by its owner only (mode 600), from its
# first byte (umask) and whatever the umask was (chmod, also for an older .env).
set -euo pipefail
if [[ ! -f .env ]]; then
  secret="$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))')"
  (umask 077; printf '# Written by npm run setup. DATABASE_URL may be postgresql://user:pass@host:5432/db instead.\nDATABASE_URL="file:./data/factdeck.db"\nBETTER_AUTH_SECRET="%s"\nBETTER_AUTH_URL="http://localhost:3000"\n' "$secret" > .env)
  echo "Wrote .env (SQLite at data/factdeck.db, a fresh auth secret)."
fi
chmod 600 .env
