# frozen_string_literal: true

# The few Discourse core tables the plugin's models and critical sections
# read, with only the columns they read, named and typed as in Discourse's
# schema (the annotations in Discourse's app/models/user.rb,
# user_option.rb, group_user.rb and topic.rb), and the least model behaviour
# those reads need. Not a copy of Discourse: its real tables have many more
# columns, and its models far more behaviour.
module VolunteerBookingDbSpec
  module DiscourseStandIns
    def self.create_tables(connection)
      # users: the booker's trust level and staff flags (SlotSource.booker),
      # the username in refusals (VolunteerBusy), its lower case for OnDuty's
      # order.
      connection.create_table :users, id: :serial do |t|
        t.string :username, limit: 60, null: false
        t.string :username_lower, limit: 60, null: false
        t.boolean :admin, null: false, default: false
        t.boolean :moderator, default: false
        t.integer :trust_level, null: false
        t.timestamps
      end
      # user_options: the time zone a refusal's time is shown in.
      connection.create_table :user_options, id: false do |t|
        t.integer :user_id, null: false, primary_key: true
        t.string :timezone
      end
      # group_users: who is in a booking topic's volunteer groups (SlotSource,
      # RotaAccess).
      connection.create_table :group_users, id: :serial do |t|
        t.integer :group_id, null: false
        t.integer :user_id, null: false
        t.timestamps
      end
      connection.add_index :group_users, %i[group_id user_id], unique: true
      # site_settings: the plugin's migrations rename their own settings.
      connection.create_table :site_settings, id: :serial do |t|
        t.string :name, null: false
        t.integer :data_type, null: false
        t.text :value
        t.timestamps
      end
      # topics: only that a booking topic's topic exists.
      connection.create_table :topics, id: :serial do |t|
        t.string :title, null: false
        t.timestamps
      end
    end

    def self.table_names
      %w[users user_options group_users topics site_settings]
    end
  end
end

class User < ActiveRecord::Base
  has_one :user_option

  # Discourse's User keeps it so (update_username_lower).
  before_validation { self.username_lower = username&.downcase }

  # Discourse's: the system user and other negative ids are left out.
  scope :human_users, -> { where("users.id > 0") }

  def staff?
    admin || moderator
  end
end

class UserOption < ActiveRecord::Base
  self.primary_key = "user_id"
  belongs_to :user
end

class GroupUser < ActiveRecord::Base
end

class Topic < ActiveRecord::Base
end
