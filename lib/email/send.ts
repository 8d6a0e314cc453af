import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { EmailMessage } from "./messages";

let transport: Transporter | null = null;

/**
 * Send one email through SMTP_URL; with no SMTP configured, write it to the server log instead
 * (a local install's reset link is then read there). Errors are logged, never thrown: the caller
 * answers the same whether or not mail went out, so nothing tells whether an address is known.
 */
export async function sendEmail(message: EmailMessage): Promise<void> {
  if (!env.SMTP_URL) {
    console.info(
      `email (no SMTP_URL set, so it is logged here instead of sent)\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`,
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  try {
    await transport.sendMail({ from: env.MAIL_FROM, ...message });
  } catch (error) {
    console.error(`email to ${message.to} ("${message.subject}") was not sent:`, error instanceof Error ? error.message : error);
  }
}

/** Start sending and return at once: how long SMTP takes must not show in the answer's timing. */
export function sendEmailInBackground(message: EmailMessage): void {
  void sendEmail(message);
}
