/**
 * Every value the Cookie header gives `name`, in order (a client may send a name twice; parsers
 * differ on which wins, so a check should look at all of them). A value in double quotes loses
 * them; one that is not valid percent-encoding is kept as sent.
 *
 * @example cookieValues("a=1; b=%20x; a=\"2\"", "a") // ["1", "2"]
 */
export function cookieValues(header: string | null, name: string): string[] {
  return (header ?? "").split(";").flatMap((part) => {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) return [];
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    try {
      return [decodeURIComponent(raw)];
    } catch {
      return [raw];
    }
  });
}
