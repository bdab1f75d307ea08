import type { IntakeAnswers, IntakeQuestion } from "./api-types";

/**
 * What a question id may be (the server's IntakeQuestions::ID_FORMAT): it
 * names the question's FormKit field, and FormKit refuses "." and "-".
 */
export const QUESTION_ID = /^[a-z0-9_]{1,40}$/;

/**
 * An id for a new question that no other question has: "q1", "q2"…
 * Answers are stored by id, so ids never change once saved.
 */
export function nextQuestionId(questions: IntakeQuestion[]): string {
  const taken = new Set(questions.map((question) => question.id));
  let n = questions.length + 1;
  while (taken.has(`q${n}`)) {
    n++;
  }
  return `q${n}`;
}

/** Empty answers for a question list: unticked boxes and blank text. */
export function blankAnswers(questions: IntakeQuestion[]): IntakeAnswers {
  return Object.fromEntries(
    questions.map((question) => [
      question.id,
      question.type === "checkbox" ? false : "",
    ])
  );
}
