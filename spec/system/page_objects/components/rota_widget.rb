# frozen_string_literal: true

module PageObjects
  module Components
    # The rota widget under a booking topic's first post.
    class RotaWidget < PageObjects::Components::Base
      SELECTOR = ".rota-widget"

      def visible?
        has_css?(SELECTOR)
      end

      def cell(shift, date)
        find(cell_selector(shift, date))
      end

      def join_weekly(shift, date)
        cell(shift, date).find(".rota-widget__join-weekly").click
        self
      end

      def join_date(shift, date)
        cell(shift, date).find(".rota-widget__join-date").click
        self
      end

      def leave(shift, date)
        cell(shift, date).find(".rota-widget__leave").click
        self
      end

      # The × beside user; a weekly entry then asks "only this date" or
      # "every week" (scope :date or :weekly).
      def remove(shift, date, user, scope: nil)
        cell(shift, date).find("#{volunteer_selector(user)} .rota-widget__remove").click
        find(".remove-from-rota__#{scope}").click if scope
        self
      end

      def undo
        find("#{SELECTOR} .rota-widget__undo").click
        self
      end

      def has_notice?(text)
        has_css?("#{SELECTOR} .rota-widget__notice-text", text:)
      end

      def has_volunteer?(shift, date, user)
        has_css?("#{cell_selector(shift, date)} #{volunteer_selector(user)}")
      end

      def has_no_volunteer?(shift, date, user)
        has_no_css?("#{cell_selector(shift, date)} #{volunteer_selector(user)}")
      end

      def has_gap?(shift, date)
        has_css?("#{cell_selector(shift, date)}.rota-widget__cell--gap")
      end

      def has_no_gap?(shift, date)
        has_no_css?("#{cell_selector(shift, date)}.rota-widget__cell--gap")
      end

      private

      def cell_selector(shift, date)
        "#{SELECTOR} .rota-widget__cell[data-shift-id=\"#{shift.id}\"][data-date=\"#{date.iso8601}\"]"
      end

      def volunteer_selector(user)
        ".rota-widget__volunteer[data-username=\"#{user.username}\"]"
      end
    end
  end
end
