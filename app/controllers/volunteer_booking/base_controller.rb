# frozen_string_literal: true

module VolunteerBooking
  # The one place that turns a service's outcome into an HTTP answer:
  #   success                    -> the action's block renders it
  #   contract failed            -> 422 { errors: [translated full messages] }
  #   model not found            -> 404
  #   policy failed              -> 403 (VolunteerBooking::Policy said no)
  #   model invalid              -> 422 { errors: the model's full messages }
  #   step failed (fail!)        -> 422 { errors: [the step's translated message(s)] }
  #   anything else, a lock too  -> 422 { errors: [a generic sentence] }
  # (spec/requests/volunteer_booking/base_controller_spec.rb pins each row.)
  # The runner's matchers (except on_failed_contract's default) each need a
  # model, policy or step by name, and it has none that matches any name.
  # So the names are read from the outcome the runner hands its block: one
  # "result.<type>.<name>" entry per step that ran, the very keys those
  # matchers look up. A new step in a service is covered without touching
  # the controllers.
  class BaseController < ::ApplicationController
    requires_plugin VolunteerBooking::PLUGIN_NAME

    before_action :ensure_logged_in

    # The names of the steps that ran in a service's outcome, by type:
    # { "model" => ["booking"], "policy" => ["can_pick_up"], ... }. Read
    # once per outcome, as Context#to_h copies its whole store each call.
    def self.step_names(result)
      names = Hash.new { |hash, type| hash[type] = [] }
      result.to_h.each_key do |key|
        prefix, type, name = key.to_s.split(".", 3)
        names[type] << name if prefix == "result" && name.present?
      end
      names
    end

    private

    # Calls service with the given params (only those its contract declares;
    # nil values are left out so contract defaults apply) and the current
    # guardian. The block is the runner's on_success: ask for context keys
    # as keyword arguments, e.g. `{ |shift:| ... }`.
    def run_service(service, input, &on_success_block)
      dependencies = { params: service_params_for(service, input), guardian: guardian }
      service.call(dependencies) do |result|
        names = BaseController.step_names(result)
        on_success(&on_success_block)
        on_failed_contract { |contract| render_errors(contract.errors.full_messages) }
        names["model"].each do |name|
          on_model_not_found(name) { raise Discourse::NotFound }
          on_model_errors(name) { |model| render_errors(model.errors.full_messages) }
        end
        names["policy"].each do |name|
          on_failed_policy(name) do
            raise Discourse::InvalidAccess.new(
                    nil,
                    nil,
                    custom_message: "volunteer_booking.errors.not_allowed",
                  )
          end
        end
        names["step"].each do |name|
          on_failed_step(name) { |step| render_errors(Array.wrap(step.error)) }
        end
        on_failure { render_errors([I18n.t("volunteer_booking.errors.generic")]) }
      end
    end

    # 422 { errors: [...] } (Discourse's JsonError turns an array of
    # messages into exactly that).
    def render_errors(messages)
      render_json_error(messages)
    end

    def service_params_for(service, input)
      return {} if !service.const_defined?(:Contract, false)
      input.to_h.symbolize_keys.slice(*service::Contract.attribute_names.map(&:to_sym)).compact
    end

    # What a paginated list says after its items (Page): whether there are
    # more, and the cursor that asks for them (null on the last page).
    def page_json(page)
      { more: page.more?, cursor: page.cursor }
    end

    # A nested JSON object from the request body as a plain Hash ({} when
    # it is missing or not an object).
    def hash_param(key)
      value = params[key]
      value.respond_to?(:to_unsafe_h) ? value.to_unsafe_h : {}
    end
  end
end
