"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionResult, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { deleteAccount } from "./mutations";
import { deleteAccountSchema } from "./schemas";

/** Delete the signed-in student's account and all its progress, after a typed confirmation. */
export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/account");
  const parsed = deleteAccountSchema.safeParse({ confirmation: formData.get("confirmation") ?? "" });
  if (!parsed.success) return invalid(parsed.error, "Your account was not deleted.");
  await deleteAccount(db, user.id);
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (cookie.name.includes("better-auth")) jar.delete(cookie.name);
  }
  redirect("/?deleted=1");
}
