# frozen_string_literal: true

module VolunteerBooking
  module Admin
    # The Friends tab of the plugin's admin page and the admin user page's
    # Friends button. Admins only: moderators and everyone else get 403
    # (here, and again from each service's policy). Every answer is the
    # tab's whole state, api-types.ts FriendsState.
    class FriendsController < BaseController
      before_action :ensure_admin

      def show
        run_service(FetchFriendsState, {}) { |state:| render_state(state) }
      end

      def setup
        run_service(
          SetUpFriends,
          plan_digest: params[:plan_digest],
          category_ids: params[:category_ids],
        ) { |state:| render_state(state) }
      end

      def add_members
        run_service(AddFriends, usernames: params[:usernames]) { |state:| render_state(state) }
      end

      def remove_member
        run_service(RemoveFriend, user_id: params[:user_id]) { |state:| render_state(state) }
      end

      private

      def render_state(state)
        render_json_dump(serialize_data(state, FriendsStateSerializer, root: false))
      end
    end
  end
end
