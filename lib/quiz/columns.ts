import { jsonColumn } from "@/lib/db/json-column";
import { quizSettingsSchema, storedAnswerSchema, storedLayoutSchema, storedQuestionIdsSchema } from "./schemas";

// The JSON columns of QuizAttempt and AttemptAnswer: every read and write goes through these.

/** QuizAttempt.questionIds: the drawn questions' content ids, in quiz order. */
export const questionIdsColumn = jsonColumn(storedQuestionIdsSchema);
/** QuizAttempt.layout: per question, the order its choices are shown in. */
export const layoutColumn = jsonColumn(storedLayoutSchema);
/** QuizAttempt.settings: what the quiz was built from (for retakes and the history list). */
export const quizSettingsColumn = jsonColumn(quizSettingsSchema);
/** AttemptAnswer.answer: the student's answer, or null when cleared. */
export const answerColumn = jsonColumn(storedAnswerSchema);
