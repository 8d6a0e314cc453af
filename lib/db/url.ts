/** True for postgres:// and postgresql:// URLs; everything else is a SQLite `file:` URL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
