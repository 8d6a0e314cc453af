/** The key and label of each option, in order (also what the 1–9 keys pick). */
export const LETTERS = ["A", "B", "C", "D", "E", "F"];
