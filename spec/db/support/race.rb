# frozen_string_literal: true

module VolunteerBookingDbSpec
  # Real concurrency for the :concurrency specs: each attempt runs in its
  # own thread on its own database connection, and all of them are let go
  # at once, so they really meet in PostgreSQL's locks.
  module Race
    Attempt = Struct.new(:value, :error)

    # Seconds from the start of the last race until its last thread ended.
    attr_reader :race_seconds

    # Yields 0...count, each in its own thread, connection and transaction.
    # Returns an Attempt per index: the block's value, or the exception it
    # raised (never re-raised: the specs count them). jitter: up to how many
    # seconds each thread waits after the start, so that over a few rounds
    # a quick action goes both before and after a slow one.
    def race(count, jitter: 0)
      ready = Concurrent::CountDownLatch.new(count)
      start = Concurrent::CountDownLatch.new(1)
      threads =
        Array.new(count) do |index|
          Thread.new do
            ActiveRecord::Base.connection_pool.with_connection do |connection|
              connection.execute("SELECT 1")
              ready.count_down
              start.wait
              sleep(rand * jitter) if jitter.positive?
              Attempt.new(ActiveRecord::Base.transaction { yield index }, nil)
            rescue StandardError => e
              Attempt.new(nil, e)
            end
          end
        end
      ready.wait(30) || raise("the racing threads could not all connect")
      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      start.count_down
      threads
        .map(&:value)
        .tap { @race_seconds = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started }
    end

    # The errors raised, as "Class: message", to show in a failure.
    def errors_of(attempts)
      attempts.filter_map do |attempt|
        "#{attempt.error.class}: #{attempt.error.message}" if attempt.error
      end
    end
  end
end
