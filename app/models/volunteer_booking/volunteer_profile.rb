# frozen_string_literal: true

module VolunteerBooking
  # What a volunteer keeps for all their booking topics: the link to their
  # own video call, used in "the volunteer's own link" mode. One per user,
  # made on first save.
  class VolunteerProfile < ActiveRecord::Base
    self.table_name = "volunteer_booking_volunteer_profiles"

    belongs_to :user, class_name: "::User"

    validates_with StorableValidator, attributes: %i[call_link]
    validates :user_id, uniqueness: true
    validates_with CallLinkValidator, attributes: %i[call_link], kind: :link
    validates :notify_gaps, inclusion: { in: [true, false] }

    def self.call_link_of(user_id)
      where(user_id: user_id).pick(:call_link)
    end

    def self.notify_gaps?(user_id)
      where(user_id: user_id, notify_gaps: true).exists?
    end
  end
end

# == Schema Information
#
# Table name: volunteer_booking_volunteer_profiles
#
#  id         :bigint           not null, primary key
#  user_id    :bigint           not null
#  call_link  :string(500)
#  notify_gaps :boolean         default(FALSE), not null
#  created_at :datetime         not null
#  updated_at :datetime         not null
#
# Indexes
#
#  idx_volunteer_booking_volunteer_profiles_on_user  (user_id) UNIQUE
#
