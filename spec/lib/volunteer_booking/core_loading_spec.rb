# frozen_string_literal: true

require_relative "../../core_helper"
require "open3"
require "rbconfig"

# The core must stay loadable outside Discourse, and Zeitwerk must find each
# class where Discourse's autoloader looks for it.
RSpec.describe "the Ruby core" do # rubocop:disable RSpec/DescribeClass
  let(:core_files) { VolunteerBooking::CoreFiles.paths }

  # Inside Discourse they are all there before the core, so only a run of
  # the core on its own can show that the core pulls none of them in.
  it "loads without Rails or Discourse" do
    skip "Discourse and Rails were loaded first" if VolunteerBookingCoreSpec::INSIDE_DISCOURSE

    expect(VolunteerBookingCoreSpec::HOSTS_AFTER_CORE).to be_empty
  end

  # Discourse cannot run here, so a fresh Ruby stands in for its spec run:
  # a Rails constant defined before core_helper, as its .rspec makes it.
  describe "loaded after Rails, as in Discourse's plugin CI" do
    before { skip "this is Discourse's plugin CI" if VolunteerBookingCoreSpec::INSIDE_DISCOURSE }

    def load_core_helper(rails_first:)
      probe = <<~RUBY
        module Rails; end if #{rails_first}
        require "rspec/core"
        require #{File.expand_path("../../core_helper", __dir__).dump}
        print JSON.generate(
          monkey_patching_disabled: !!RSpec.configuration.disable_monkey_patching,
          core_loaded: defined?(VolunteerBooking::SlotEngine) == "constant",
        )
      RUBY
      output, status = Open3.capture2(RbConfig.ruby, "-e", probe)
      raise "the probe failed: #{output}" unless status.success?
      JSON.parse(output, symbolize_names: true)
    end

    it "loads the core and leaves RSpec's configuration to Discourse" do
      expect(load_core_helper(rails_first: true)).to eq(
        monkey_patching_disabled: false,
        core_loaded: true,
      )
    end

    it "configures RSpec itself when run on its own" do
      expect(load_core_helper(rails_first: false)).to eq(
        monkey_patching_disabled: true,
        core_loaded: true,
      )
    end
  end

  it "keeps the engine and the extensions apart from the core, and nothing else" do
    names = ->(paths) { paths.map { |path| File.basename(path) } }
    shell = names.call(VolunteerBooking::CoreFiles.shell_paths)

    expect(shell).to include("engine.rb", "topic_extension.rb", "user_extension.rb")
    expect(shell).to all(match(/\A(engine|\w+_extension)\.rb\z/))
    expect(names.call(core_files)).to include("slot_engine.rb", "policy.rb")
    expect(names.call(core_files) & shell).to be_empty
    expect((names.call(core_files) + shell).sort).to eq(
      names.call(Dir[File.join(File.dirname(core_files.first), "*.rb")]).sort,
    )
  end

  it "defines the constant each file name promises" do
    expect(core_files).to all(
      satisfy do |path|
        VolunteerBooking.const_defined?(File.basename(path, ".rb").camelize, false)
      end,
    )
  end
end
