import { z } from "zod";

export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === DELETE_CONFIRMATION, `Type “${DELETE_CONFIRMATION}” to confirm.`),
});
