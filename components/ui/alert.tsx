import type { ReactNode } from "react";

/**
 * A message for the student: an error (`role="alert"`, read out at once) or a success
 * (`role="status"`, read out politely). Every action's outcome is shown through this.
 * `inline`: a short line next to the button just pressed (e.g. "Settings saved."), not a box.
 */
export function Alert({
  tone,
  inline = false,
  className,
  children,
}: {
  tone: "error" | "success";
  inline?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const look = inline ? `form-status ${tone === "error" ? "is-error" : "is-ok"}` : `alert alert-${tone}`;
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`${look}${className ? ` ${className}` : ""}`}>
      {children}
    </p>
  );
}
