# frozen_string_literal: true

module VolunteerBooking
  module Friends
    # The welcome message to someone just added to the Friends group.
    module Welcome
      MAX_TOPICS = 10

      # Called for every addition to any group: a new Friend (not one added
      # by an automatic rule) gets the welcome message.
      def self.added(user, group, automatic: false)
        return if automatic || !Group.is?(group)
        Jobs.enqueue(::Jobs::VolunteerBooking::WelcomeFriend, user_id: user.id, group_id: group.id)
      end

      # A private message from the system to a new Friend, in their language,
      # saying what Friends can do (chat, volunteer on the rotas) and where.
      # Nothing when they are no longer in the group by the time it runs.
      def self.deliver(user_id:, group_id:)
        user = ::User.find_by(id: user_id)
        group = ::Group.find_by(id: group_id)
        if user.nil? || group.nil? || !::GroupUser.exists?(group_id: group.id, user_id: user.id)
          return
        end

        I18n.with_locale(user.effective_locale) do
          PostCreator.create!(
            Discourse.system_user,
            title: I18n.t("volunteer_booking.friends.welcome.title", group: group_label(group)),
            raw: text(user, group),
            archetype: Archetype.private_message,
            target_usernames: user.username,
            skip_validations: true,
          )
        end
      end

      def self.text(user, group)
        topics =
          BookingTopic
            .includes(:topic)
            .order(:id)
            .limit(MAX_TOPICS)
            .map(&:topic)
            .select { |topic| topic && Guardian.new(user).can_see?(topic) }
        lines = [
          I18n.t(
            "volunteer_booking.friends.welcome.body",
            username: Markup.username(user.username),
            group: Markup.escape(group_label(group)),
            chat_url: "#{Discourse.base_path}/chat",
            group_url: "#{Discourse.base_path}/g/#{group.name}",
          ),
        ]
        if topics.any?
          lines << I18n.t("volunteer_booking.friends.welcome.topics")
          lines << topics
            .map { |topic| "- #{Markup.link(topic.title, topic.relative_url)}" }
            .join("\n")
        end
        lines.join("\n\n")
      end

      def self.group_label(group)
        group.full_name.presence || group.name
      end

      private_class_method :text, :group_label
    end
  end
end
