# frozen_string_literal: true

module VolunteerBookingDbSpec
  # A statement PostgreSQL refuses aborts the example's transaction: run it
  # in a savepoint, so that the example goes on and can show what stayed.
  module Savepoint
    def self.run(&block)
      ActiveRecord::Base.transaction(requires_new: true, &block)
    end

    def in_savepoint(&block)
      Savepoint.run(&block)
    end

    # The PostgreSQL error that refused block's statement, nil if it went
    # through: what the refusal matchers below compare.
    def self.refusal_cause(&block)
      run(&block)
      nil
    rescue ActiveRecord::StatementInvalid => error
      error.cause
    end
  end

  module Refusals
    # The messages a model refuses to save record with, checking that the
    # attempt changed none of its table's rows.
    def refusal(record)
      rows = -> { record.class.unscoped.order(:id).map(&:attributes) }
      expect { expect(record.save).to eq(false) }.not_to change(&rows)
      record.errors.full_messages
    end
  end
end

RSpec.configure do |config|
  config.include VolunteerBookingDbSpec::Savepoint
  config.include VolunteerBookingDbSpec::Refusals
end

# ActiveRecord 7.2 has no class of its own for a CHECK violation.
RSpec::Matchers.define :violate_check_constraint do |name|
  supports_block_expectations

  match do |block|
    @cause = VolunteerBookingDbSpec::Savepoint.refusal_cause(&block)
    @cause.is_a?(PG::CheckViolation) &&
      @cause.result.error_field(PG::PG_DIAG_CONSTRAINT_NAME) == name
  end

  failure_message do
    "expected a violation of CHECK constraint #{name}, got #{@cause ? @cause.message : "none"}"
  end
end

RSpec::Matchers.define :be_refused_by_postgresql do |cause_class|
  supports_block_expectations

  match do |block|
    @cause = VolunteerBookingDbSpec::Savepoint.refusal_cause(&block)
    @cause.is_a?(cause_class)
  end

  failure_message do
    "expected PostgreSQL to refuse it with #{cause_class}, got #{@cause ? @cause.inspect : "nothing"}"
  end
end
