import { articleHref } from "@/lib/article/sentences";

/**
 * "In the article" after a quote. A plain <a>, not next/link: a client-side navigation
 * does not update :target, and the highlight of the sentence depends on it.
 */
export function QuoteLink({ factId }: { factId: string }) {
  return (
    <a className="quote-link" href={articleHref(factId)}>
      In the article
    </a>
  );
}
