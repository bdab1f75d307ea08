// The Friends welcome message as the server writes it (Friends::Welcome.text),
// from the same English strings, rendered the way Discourse would cook its
// small piece of Markdown.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

interface WelcomeStrings {
  title: string;
  body: string;
  topics: string;
}

const strings = (
  parse(
    readFileSync(
      new URL("../../../config/locales/server.en.yml", import.meta.url),
      "utf8"
    )
  ) as {
    en: { volunteer_booking: { friends: { welcome: WelcomeStrings } } };
  }
).en.volunteer_booking.friends.welcome;

const interpolate = (text: string, values: Record<string, string>) =>
  text.replace(/%\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!
  );

/** Paragraphs, "- " lists, **bold** and [links](url): all the message uses. */
function cook(markdown: string): string {
  const inline = (text: string) =>
    escape(text)
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
  return markdown
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split("\n");
      return lines.every((line) => line.startsWith("- "))
        ? `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join("")}</ul>`
        : `<p>${inline(block)}</p>`;
    })
    .join("");
}

/** The welcome a new Friend gets, listing the booking topics they can volunteer for. */
export function welcomeMessage(
  username: string,
  group: { name: string; label: string },
  topics: { id: number; title: string }[]
): { title: string; cooked: string } {
  const lines = [
    interpolate(strings.body, {
      username,
      group: group.label,
      chat_url: "/chat",
      group_url: `/g/${group.name}`,
    }),
  ];
  if (topics.length) {
    lines.push(
      strings.topics,
      topics.map((t) => `- [${t.title}](/t/${t.id})`).join("\n")
    );
  }
  return {
    title: interpolate(strings.title, { group: group.label }),
    cooked: cook(lines.join("\n\n")),
  };
}
