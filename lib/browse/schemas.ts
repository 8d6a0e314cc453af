import { z } from "zod";
import { BROWSE_STATES } from "./states";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema.optional());

/** /browse's search params: unknown or malformed values are dropped, never an error page. */
export const browseParamsSchema = z.object({
  q: optional(z.string().max(200)).catch(undefined),
  section: optional(z.string().regex(/^[a-z0-9-]{1,80}$/)).catch(undefined),
  kind: optional(z.string().regex(/^[a-z]{1,20}$/)).catch(undefined),
  state: optional(z.enum(BROWSE_STATES)).catch(undefined),
});
