import type { Metadata } from "next";
import { AuthForm } from "@/components/auth/auth-form";
import { getAuthPageContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, user } = await getAuthPageContext(searchParams);
  return <AuthForm mode="sign-up" next={next} isGuest={Boolean(user?.isAnonymous)} />;
}
