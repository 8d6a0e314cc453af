import type { Metadata } from "next";
import { z } from "zod";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// better-auth sends the emailed link here with ?token=… when it is valid, ?error=INVALID_TOKEN when not.
const searchSchema = z.object({
  token: z.string().min(1).max(200).optional().catch(undefined),
  error: z.string().max(100).optional().catch(undefined),
});

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token, error } = searchSchema.parse(await searchParams);
  return <ResetPasswordForm token={error ? null : (token ?? null)} />;
}
