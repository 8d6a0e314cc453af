// What every simulated student does after signing up, in order, and the checks run on the
// database afterwards. A new feature joins the load test with one step and one check here.
import { checkQuizAttempts, takeQuiz } from "./quiz";
import { studyCards, type Step } from "./student";
import { checkReviews, type Check } from "./verify";

export const STEPS: Step[] = [studyCards, takeQuiz];
export const CHECKS: Check[] = [checkReviews, checkQuizAttempts];
