import type { ActionMessage as Message } from "./use-action-runner";
import { Alert } from "./alert";

/** `useActionRunner`'s message, if any, as an error or success alert. */
export function ActionMessage({ message, className }: { message: Message | null; className?: string }) {
  if (!message) return null;
  return (
    <Alert tone={message.ok ? "success" : "error"} className={className}>
      {message.text}
    </Alert>
  );
}
