"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionResult, failure, invalid } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { deleteAccount } from "./mutations";
import { confirmsIdentity } from "./reauth";
import { deleteAccountSchema } from "./schemas";

/**
 * Delete the signed-in student's account and all its progress, after a typed confirmation and,
 * unless they signed in under 10 minutes ago, their current password.
 */
export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser("/account");
  const parsed = deleteAccountSchema.safeParse({ confirmation: formData.get("confirmation") ?? "" });
  if (!parsed.success) return invalid(parsed.error, "Your account was not deleted.");
  const password = String(formData.get("password") ?? "").slice(0, 128);
  if (!(await confirmsIdentity(db, user, password, new Date()))) {
    const message =
      password === "" ? "Enter your current password to delete your account." : "That password is not right. Your account was not deleted.";
    return failure("reauth_required", { message, fieldErrors: { password: [message] } });
  }
  await deleteAccount(db, user.id);
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (cookie.name.includes("better-auth")) jar.delete(cookie.name);
  }
  redirect("/?deleted=1");
}
