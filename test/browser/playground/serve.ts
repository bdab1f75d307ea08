// Serves the built playground and answers the plugin's HTTP API from memory,
// so the plugin's screens can be clicked through without a Discourse.
import { createReadStream, existsSync, statSync } from "node:fs";
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CLINIC_TOPIC_ID,
  DEMO_TOPIC_ID,
  PLAIN_TOPIC_ID,
  playgroundData,
  USERS,
} from "./api/demo-data.ts";
import { FakeServer } from "./api/fake-server.ts";
import { requestHistory, statsHistory } from "./api/stats-history.ts";
import { screenRedirect } from "./routes.ts";
import { welcomeMessage } from "./welcome.ts";

const root = fileURLToPath(new URL("../dist-playground/", import.meta.url));
const port = Number(process.env.PORT ?? 4300);
const host = process.env.HOST ?? "127.0.0.1";
// With past weeks, so the organisers' stats have something to show.
const data = playgroundData();
data.bookings.push(...statsHistory(new Date()));
data.requests.push(...requestHistory(new Date()));
const api = new FakeServer(data);

const ROLES: Record<string, string> = {
  ann: "organiser and volunteer",
  bob: "volunteer, Members",
  cat: "volunteer, Sisters",
  dee: "volunteer, Friends",
  eve: "forum user",
  sam: "admin",
  fay: "Friend, not on a rota",
  kim: "books the Co-op clinic",
};

/** The first post of each demo topic the playground shows. */
const TOPIC_POSTS: Record<number, string> = {
  [DEMO_TOPIC_ID]:
    "<p>Laid off from tech and curious about co-ops? Book a free 30-minute chat with someone who works in a tech co-operative.</p>",
  [CLINIC_TOPIC_ID]:
    "<p>Is your co-op stuck on a problem? Book an hour's first talk with a volunteer who has been there.</p>",
  [PLAIN_TOPIC_ID]:
    "<p>Members of housing co-ops offer an evening a month to answer questions about starting one. An admin can make this a booking topic.</p>",
};

/** Titles of topics that are not (yet) booking topics. */
const PLAIN_TITLES: Record<number, string> = {
  [PLAIN_TOPIC_ID]: "Housing co-op evenings: ask a member",
};

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * Whom a request comes from: the `?as=` a plain link carries (see the
 * playground's getURL), else the header the page's own requests send. No
 * cookie: each tab is its own person.
 */
function viewerOf(request: IncomingMessage, query: URLSearchParams) {
  const username = query.get("as") ?? request.headers["x-playground-user"];
  return api.data.users.find((u) => u.username === username) ?? null;
}

/** The booking topics a Friend's welcome lists. */
function bookingTopicLinks() {
  return api.data.bookingTopics.map((b) => ({
    id: b.topic_id,
    title: titleOf(b.topic_id),
  }));
}

function titleOf(topic: number): string {
  return (
    PLAIN_TITLES[topic] ??
    api.data.bookingTopics.find((b) => b.topic_id === topic)?.title ??
    `Topic ${topic}`
  );
}

/** The private messages the viewer has that are not about a booking: a Friend's welcome. */
function welcomes(viewerId: number | null) {
  const { friends } = api.data;
  const user = api.data.users.find((u) => u.id === viewerId);
  if (!user || !friends.memberships.some((m) => m.user_id === user.id)) {
    return [];
  }
  return [
    welcomeMessage(
      user.username,
      { name: friends.group.name, label: friends.group.full_name },
      bookingTopicLinks()
    ),
  ];
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response
    .writeHead(status, { "content-type": "application/json" })
    .end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) {
    text += chunk;
  }
  return text ? JSON.parse(text) : undefined;
}

function session(request: IncomingMessage, query: URLSearchParams) {
  const viewer = viewerOf(request, query);
  const topicId = Number(query.get("topic"));
  const id = topicId in TOPIC_POSTS ? topicId : DEMO_TOPIC_ID;
  const channel = api.data.bookingTopics.find((b) => b.topic_id === id)
    ?.settings.chat_channel_id;
  return {
    viewer: viewer && {
      id: viewer.id,
      username: viewer.username,
      name: viewer.name,
      staff: viewer.staff,
      admin: viewer.admin ?? false,
      user_option: { timezone: null },
    },
    users: Object.values(USERS).map((u) => ({
      username: u.username,
      name: u.name,
      role: ROLES[u.username],
    })),
    topics: Object.keys(TOPIC_POSTS).map((topic) => ({
      id: Number(topic),
      title: titleOf(Number(topic)),
    })),
    topic: {
      id,
      title: titleOf(id),
      cooked: TOPIC_POSTS[id],
      volunteer_booking: api.bookingTopicFor(id, viewer?.id ?? null),
    },
    can_see_channel: api.canSeeChannel(
      viewer?.id ?? null,
      channel ?? api.data.bookingTopics[0].settings.chat_channel_id
    ),
    group: {
      name: api.data.friends.group.name,
      full_name: api.data.friends.group.full_name,
      members: api.data.friends.memberships.map(
        (m) => api.data.users.find((u) => u.id === m.user_id)!.username
      ),
      pending_requests: api.data.friends.pendingRequests,
    },
  };
}

/** A round avatar with the user's initial, like Discourse's letter avatars. */
function letterAvatar(letter: string, size: number): string {
  const hue = (letter.charCodeAt(0) * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="hsl(${hue} 45% 45%)"/><text x="5" y="6.8" font-size="5.5" font-family="sans-serif" text-anchor="middle" fill="#fff">${letter.toUpperCase()}</text></svg>`;
}

function staticFile(pathname: string): string | null {
  const path = normalize(
    join(root, pathname === "/" ? "playground/index.html" : pathname)
  );
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
    return null;
  }
  return path;
}

const server = createServer(async (request, response) => {
  const url = request.url ?? "/";
  const { pathname, searchParams } = new URL(url, `http://${host}`);
  try {
    const avatar = pathname.match(/^\/playground\/avatar\/(\w)\/(\d+)\.svg$/);
    if (avatar) {
      response
        .writeHead(200, { "content-type": "image/svg+xml" })
        .end(letterAvatar(avatar[1], Number(avatar[2])));
      return;
    }
    const viewerId = viewerOf(request, searchParams)?.id ?? null;
    if (pathname === "/playground/channel") {
      // The hourly job: this week's gap messages, posted once.
      api.sendGapMessages();
      sendJson(response, 200, {
        announcements: api.announcements(viewerId),
        gap_messages: api.gapMessages(viewerId),
        request_announcements: api.requestAnnouncements(viewerId),
      });
      return;
    }
    if (pathname === "/playground/private-messages") {
      sendJson(response, 200, {
        privateMessages: api.privateMessages(viewerId),
        welcomes: welcomes(viewerId),
      });
      return;
    }
    if (pathname === "/playground/message-bus") {
      const since = Number(searchParams.get("since") ?? -1);
      sendJson(
        response,
        200,
        api.bus.read(viewerOf(request, searchParams), since)
      );
      return;
    }
    if (pathname === "/playground/session") {
      sendJson(response, 200, session(request, searchParams));
      return;
    }
    const redirect =
      request.method === "GET" && screenRedirect(pathname, searchParams);
    if (redirect) {
      response.writeHead(302, { location: redirect }).end();
      return;
    }
    if (
      pathname.startsWith("/volunteer-booking/") ||
      pathname.startsWith("/admin/plugins/discourse-volunteer-booking/")
    ) {
      // The viewer a link names is the playground's, not a parameter of the API.
      const forApi = new URL(url, `http://${host}`);
      forApi.searchParams.delete("as");
      const answer = api.handle({
        method: request.method ?? "GET",
        url: `${forApi.pathname}${forApi.search}`,
        body: await readBody(request),
        userId: viewerId,
      });
      if (answer.contentType) {
        response
          .writeHead(answer.status, {
            "content-type": answer.contentType,
            "content-disposition": answer.filename
              ? `attachment; filename="${answer.filename}"`
              : "attachment",
          })
          .end(answer.body);
      } else {
        sendJson(response, answer.status, answer.body);
      }
      return;
    }
    const file = staticFile(decodeURIComponent(pathname));
    if (!file) {
      response
        .writeHead(404, { "content-type": "text/plain" })
        .end("Not found");
      return;
    }
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  } catch (error) {
    sendJson(response, 500, { errors: [String(error)] });
  }
});

server.listen(port, host, () => {
  const { port: listening } = server.address() as { port: number };
  process.stdout.write(
    `Playground: http://${host}:${listening}/  (Ctrl-C stops it)\n`
  );
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
