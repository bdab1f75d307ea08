import type {
  BasicUser,
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
      changes: this.#changes(channels),
      members: [...this.friends.memberships]
        .sort((a, b) => b.added_at.localeCompare(a.added_at))
        .map((m) => this.#member(m)),
    };
  }

  setUp(admin: FakeUser): FriendsState {
    const friends = this.friends;
    if (!friends.chatEnabled) {
      throw this.errors.refuse("chat_unavailable");
    }
    const groupId = friends.group.id;
    if (!friends.groupExists) {
      friends.groupExists = true;
      this.#join(admin, admin.id, true);
    }
    for (const category of this.#bookingCategories()) {
      if (
        category.posting_group_ids &&
        !category.posting_group_ids.includes(groupId)
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
    for (const channel of channels.filter((c) => !c.reachable)) {
      changes.push({
        type: "open_category",
        category_id: channel.category_id,
        category_name: channel.category_name,
        channel_name: channel.name,
      });
    }
    return changes;
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
