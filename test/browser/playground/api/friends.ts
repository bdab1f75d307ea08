import type {
  BasicUser,
  CategoryPermission,
  FriendMember,
  FriendsChange,
  FriendsChannel,
  FriendsState,
} from "discourse/plugins/discourse-volunteer-booking/discourse/lib/api-types";
import type { FakeData, FakeUser } from "./fake-server";
import type { MessageKey } from "./messages";

/** A chat channel's category, and which groups may post there (null: everyone). */
export interface FakeChannelCategory {
  channel_id: number;
  category_id: number;
  category_name: string;
  posting_group_ids: number[] | null;
}

/** Someone in the Friends group, as the group's log tells. */
export interface FakeFriendMembership {
  user_id: number;
  added_at: string;
  added_by_id: number | null;
  owner: boolean;
}

/** Chat and the Friends group, as the in-memory server holds them. */
export interface FakeFriendsData {
  chatEnabled: boolean;
  /** chat_allowed_groups */
  chatAllowedGroupIds: number[];
  channelCategories: FakeChannelCategory[];
  /** The group's id once it exists, with the settings' name and full name. */
  group: { id: number; name: string; full_name: string };
  /** The setup has run (or an admin made the group). */
  groupExists: boolean;
  /** The members; their `group_ids` hold the group too. */
  memberships: FakeFriendMembership[];
  pendingRequests: number;
}

/** The server's failures, as the in-memory server throws them. */
export interface FakeErrors {
  /** 422 with the server's translated sentence. */
  refuse: (key: MessageKey, params?: Record<string, string | number>) => Error;
  /** 422 with a contract's messages. */
  invalid: (messages: string[]) => Error;
  notFound: () => Error;
}

const intersects = (a: number[], b: number[]) => a.some((id) => b.includes(id));

/** What the admin's screen sends to run the setup. */
export interface SetUpConfirmation {
  plan_digest?: string;
  category_ids?: number[];
}

/**
 * Names a plan, as the server's SHA-256 digest does: any change to it
 * changes the name. In memory the plan's own JSON will do.
 */
export function planDigest(changes: FriendsChange[]): string {
  return JSON.stringify(changes);
}

/**
 * The admin's Friends endpoints in memory: the setup (creates the group,
 * opens the booking topics' channel categories, allows the group to chat),
 * adding and removing Friends, and who can join a chat channel, answering
 * with the same FriendsState as the server.
 */
export class FakeFriends {
  readonly data: FakeData;
  readonly now: () => Date;
  readonly errors: FakeErrors;

  constructor(data: FakeData, now: () => Date, errors: FakeErrors) {
    this.data = data;
    this.now = now;
    this.errors = errors;
  }

  get friends(): FakeFriendsData {
    return this.data.friends;
  }

  /** Whether `user` may use chat and post in the channel's category. */
  canJoinChannel(user: FakeUser, channelId: number): boolean {
    const { chatEnabled, chatAllowedGroupIds, channelCategories } =
      this.friends;
    if (!chatEnabled || user.staff) {
      return true;
    }
    const category = channelCategories.find((c) => c.channel_id === channelId);
    return (
      intersects(user.group_ids, chatAllowedGroupIds) &&
      (!category?.posting_group_ids ||
        intersects(user.group_ids, category.posting_group_ids))
    );
  }

  state(): FriendsState {
    const { group, groupExists, chatEnabled } = this.friends;
    const channels = this.#channels();
    const changes = this.#changes(channels);
    return {
      chat_enabled: chatEnabled,
      group: groupExists
        ? {
            id: group.id,
            name: group.name,
            full_name: group.full_name,
            user_count: this.friends.memberships.length,
            allow_membership_requests: true,
            pending_requests: this.friends.pendingRequests,
          }
        : null,
      group_name: group.name,
      group_full_name: group.full_name,
      chat_allowed: this.#chatAllowed(),
      channels,
      changes,
      plan_digest: planDigest(changes),
      members: [...this.friends.memberships]
        .sort((a, b) => b.added_at.localeCompare(a.added_at))
        .map((m) => this.#member(m)),
    };
  }

  /**
   * Applies the plan the admin saw (named by its digest), opening only the
   * categories they ticked; refuses if the plan has changed since.
   */
  setUp(admin: FakeUser, confirmation: SetUpConfirmation): FriendsState {
    const friends = this.friends;
    if (!friends.chatEnabled) {
      throw this.errors.refuse("chat_unavailable");
    }
    const changes = this.#changes(this.#channels());
    const planned = changes.flatMap((c) =>
      c.type === "open_category" ? [c.category_id] : []
    );
    const ticked = confirmation.category_ids ?? [];
    if (
      confirmation.plan_digest !== planDigest(changes) ||
      ticked.some((id) => !planned.includes(id))
    ) {
      throw this.errors.refuse("plan_changed");
    }
    const groupId = friends.group.id;
    if (!friends.groupExists) {
      friends.groupExists = true;
      this.#join(admin, admin.id, true);
    }
    for (const category of this.#bookingCategories()) {
      if (
        category.posting_group_ids &&
        !category.posting_group_ids.includes(groupId) &&
        ticked.includes(category.category_id)
      ) {
        category.posting_group_ids.push(groupId);
      }
    }
    if (!this.#chatAllowed()) {
      friends.chatAllowedGroupIds.push(groupId);
    }
    return this.state();
  }

  add(admin: FakeUser, usernames: string[]): FriendsState {
    this.#ensureGroup();
    const wanted = [...new Set(usernames.map((u) => u.trim().toLowerCase()))];
    const users = wanted.map((name) =>
      this.data.users.find((u) => u.username.toLowerCase() === name)
    );
    const missing = wanted.filter((_, index) => !users[index]);
    if (wanted.length === 0) {
      throw this.errors.invalid(["Usernames can't be blank"]);
    }
    if (missing.length) {
      throw this.errors.refuse("users_unknown", {
        usernames: missing.join(", "),
      });
    }
    for (const user of users as FakeUser[]) {
      if (!this.#isMember(user)) {
        this.#join(user, admin.id, false);
      }
    }
    return this.state();
  }

  remove(userId: number): FriendsState {
    this.#ensureGroup();
    const user = this.data.users.find((u) => u.id === userId);
    if (!user) {
      throw this.errors.notFound();
    }
    const groupId = this.friends.group.id;
    user.group_ids = user.group_ids.filter((id) => id !== groupId);
    this.friends.memberships = this.friends.memberships.filter(
      (m) => m.user_id !== userId
    );
    return this.state();
  }

  #ensureGroup(): void {
    if (!this.friends.groupExists) {
      throw this.errors.refuse("friends_not_set_up");
    }
  }

  #isMember(user: FakeUser): boolean {
    return this.friends.memberships.some((m) => m.user_id === user.id);
  }

  #join(user: FakeUser, addedById: number, owner: boolean): void {
    const groupId = this.friends.group.id;
    if (!user.group_ids.includes(groupId)) {
      user.group_ids.push(groupId);
    }
    this.friends.memberships.push({
      user_id: user.id,
      added_at: this.now().toISOString(),
      added_by_id: addedById,
      owner,
    });
  }

  #chatAllowed(): boolean {
    const { chatEnabled, groupExists, chatAllowedGroupIds, group } =
      this.friends;
    return chatEnabled && groupExists && chatAllowedGroupIds.includes(group.id);
  }

  /** The categories of the booking topics' chat channels. */
  #bookingCategories(): FakeChannelCategory[] {
    const ids = new Set(
      this.data.bookingTopics.map((t) => t.settings.chat_channel_id)
    );
    return this.friends.channelCategories.filter((c) => ids.has(c.channel_id));
  }

  #channels(): FriendsChannel[] {
    if (!this.friends.chatEnabled) {
      return [];
    }
    const { group, groupExists } = this.friends;
    return this.#bookingCategories().map((category) => ({
      id: category.channel_id,
      name:
        this.data.chatChannels.find((c) => c.id === category.channel_id)
          ?.name ?? category.category_name,
      category_id: category.category_id,
      category_name: category.category_name,
      reachable:
        category.posting_group_ids === null ||
        (groupExists && category.posting_group_ids.includes(group.id)),
    }));
  }

  #changes(channels: FriendsChannel[]): FriendsChange[] {
    const { group, groupExists } = this.friends;
    const changes: FriendsChange[] = [];
    if (!groupExists) {
      changes.push({
        type: "create_group",
        name: group.name,
        full_name: group.full_name,
      });
    }
    if (!this.#chatAllowed()) {
      changes.push({ type: "allow_chat" });
    }
    const seen = new Set<number>();
    for (const channel of channels.filter((c) => !c.reachable)) {
      if (seen.has(channel.category_id)) {
        continue;
      }
      seen.add(channel.category_id);
      const category = this.friends.channelCategories.find(
        (c) => c.category_id === channel.category_id
      );
      changes.push({
        type: "open_category",
        category_id: channel.category_id,
        category_name: channel.category_name,
        channel_name: channel.name,
        read_restricted: !!category?.posting_group_ids,
        permissions: this.#permissions(category?.posting_group_ids ?? []),
      });
    }
    return changes;
  }

  /** As Discourse lists them, by group name: Friends may post, others do all. */
  #permissions(groupIds: number[]): CategoryPermission[] {
    return groupIds
      .map(
        (id): CategoryPermission => ({
          group_name:
            this.data.groups.find((g) => g.id === id)?.name ?? String(id),
          permission: id === this.friends.group.id ? "create_post" : "full",
        })
      )
      .sort((a, b) => a.group_name.localeCompare(b.group_name));
  }

  #member(membership: FakeFriendMembership): FriendMember {
    const basic = (id: number | null): BasicUser | null => {
      const user = this.data.users.find((u) => u.id === id);
      return user
        ? {
            id: user.id,
            username: user.username,
            name: user.name,
            avatar_template: user.avatar_template,
          }
        : null;
    };
    return {
      user: basic(membership.user_id)!,
      owner: membership.owner,
      added_at: membership.added_at,
      added_by: basic(membership.added_by_id),
    };
  }
}
