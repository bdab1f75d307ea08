# frozen_string_literal: true

class CreateVolunteerBookingTopics < ActiveRecord::Migration[7.2]
  def change
    create_table :volunteer_booking_topics do |t|
      t.bigint :topic_id, null: false
      t.integer :session_minutes, null: false, default: 30
      t.integer :buffer_minutes, null: false, default: 0
      t.integer :min_notice_minutes, null: false, default: 60
      t.integer :horizon_days, null: false, default: 28
      t.integer :max_parallel
      t.integer :per_user_limit, default: 1
      t.integer :min_trust_level, null: false, default: 0
      t.boolean :paused, null: false, default: false
      t.string :paused_message, limit: 500
      t.jsonb :intake_questions, null: false, default: []
      t.integer :volunteer_group_ids, array: true, null: false, default: []
      t.integer :organiser_group_id
      t.bigint :chat_channel_id
      t.text :volunteer_guide, null: false, default: ""
      t.bigint :created_by_id
      t.bigint :updated_by_id
      t.timestamps
    end

    # One booking topic per topic; also the topic view's has_one lookup.
    add_index :volunteer_booking_topics, :topic_id, unique: true
  end
end
