import type { ReactNode } from "react";

/**
 * A message for the student: an error (`role="alert"`, read out at once) or a success
 * (`role="status"`, read out politely). Every action's outcome is shown through this.
 */
export function Alert({ tone, className, children }: { tone: "error" | "success"; className?: string; children: ReactNode }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`alert alert-${tone}${className ? ` ${className}` : ""}`}>
      {children}
    </p>
  );
}
