import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  message,
  type MessageKey,
  MESSAGES,
} from "../browser/playground/api/messages.ts";
import { questionError } from "../browser/playground/api/question-list.ts";

const { module, test } = QUnit;

interface Question {
  id: string;
  label: string;
  type: string;
  required?: boolean;
}

/** contract/intake_questions.json; README.md there says what each part means. */
interface Contract {
  questions: Question[];
  checks: {
    why: string;
    questions?: unknown;
    many?: number;
    pad_label?: number;
    pad_link?: number;
    error: MessageKey | null;
    params?: Record<string, string | number>;
  }[];
}

const contract = JSON.parse(
  readFileSync(
    new URL("../../contract/intake_questions.json", import.meta.url),
    "utf8"
  )
) as Contract;

function questionsOf(row: Contract["checks"][number]): unknown {
  if (row.many !== undefined) {
    return Array.from({ length: row.many }, (_, i) => ({
      id: `q${i + 1}`,
      label: `Question ${i + 1}`,
      type: "text",
    }));
  }
  if (row.pad_link !== undefined) {
    const [first, ...rest] = row.questions as (Question & { link: string })[];
    return [{ ...first, link: first.link.padEnd(row.pad_link, "a") }, ...rest];
  }
  if (row.pad_label !== undefined) {
    const [first, ...rest] = contract.questions;
    return [
      { ...first, label: first.label.padEnd(row.pad_label, "a") },
      ...rest,
    ];
  }
  return "questions" in row ? row.questions : contract.questions;
}

module("contract: intake question lists", function () {
  test("a case for every error of the question list", function (assert) {
    const expected = new Set(contract.checks.map((row) => row.error));
    const keys = Object.keys(MESSAGES).filter((key) =>
      /^questions?_/.test(key)
    );
    assert.deepEqual(
      keys.filter((key) => !expected.has(key as MessageKey)),
      []
    );
  });

  for (const row of contract.checks) {
    test(row.why, function (assert) {
      assert.strictEqual(
        questionError(questionsOf(row)),
        row.error === null ? null : message(row.error, row.params ?? {})
      );
    });
  }
});
