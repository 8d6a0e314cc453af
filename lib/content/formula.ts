/**
 * Arithmetic on the article's figures, for a numeric question whose answer is computed (the gap
 * from $68.7 billion to $100 billion: "100 - 68.7"). Numbers, + - * /, parentheses; nothing else.
 * Pure; returns null for anything that is not such an expression.
 */
export function evaluateFormula(formula: string): number | null {
  const tokens = formula.match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const expression = (): number => {
    let value = term();
    while (peek() === "+" || peek() === "-") value = tokens[at++] === "+" ? value + term() : value - term();
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (peek() === "*" || peek() === "/") value = tokens[at++] === "*" ? value * factor() : value / factor();
    return value;
  };
  const factor = (): number => {
    const token = tokens[at++];
    if (token === "(") {
      const value = expression();
      if (tokens[at++] !== ")") throw new Error("unbalanced");
      return value;
    }
    if (token === "-") return -factor();
    if (token !== undefined && /^\d/.test(token)) return Number(token);
    throw new Error("unexpected");
  };
  try {
    const value = expression();
    return at === tokens.length && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** The numbers written in a formula, each of which must be one of the article's figures. */
export function formulaNumbers(formula: string): number[] {
  return (formula.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

/**
 * A computed numeric answer: its figures come from the quotes (`available`, the numbers of the
 * fact's and related facts' quotes) and its arithmetic gives the key.
 */
export function checkFormula(
  question: { formula?: string; value?: number; range?: { min: number; max: number }; tolerance: number },
  available: readonly number[],
  factId: string,
  report: (field: string, message: string) => void,
): void {
  const formula = question.formula ?? "";
  const result = evaluateFormula(formula);
  if (result === null) {
    report("formula", `"${formula}" is not arithmetic on numbers (use digits, + - * / and parentheses).`);
    return;
  }
  for (const number of formulaNumbers(formula)) {
    if (!available.some((candidate) => Math.abs(candidate - number) < 1e-9)) {
      report("formula", `${number} does not appear in the quotes of fact ${factId} or its related facts.`);
    }
  }
  const fits = question.range
    ? result >= question.range.min && result <= question.range.max
    : Math.abs(result - (question.value ?? Number.NaN)) <= question.tolerance + 1e-9;
  if (!fits) report(question.range ? "range" : "value", `The formula gives ${Number(result.toFixed(4))}, which the key does not accept.`);
}
