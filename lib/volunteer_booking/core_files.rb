# frozen_string_literal: true

module VolunteerBooking
  # The plain-Ruby core is every file here but the shell's: the engine and
  # the *_extension modules prepended to Discourse classes need Discourse,
  # so the core specs and the benches load the others without it.
  module CoreFiles
    def self.shell?(path)
      name = File.basename(path)
      name == "engine.rb" || name.end_with?("_extension.rb")
    end

    # Limits first: the other files read their constants from it.
    def self.paths
      limits = File.join(__dir__, "limits.rb")
      [limits, *Dir[File.join(__dir__, "*.rb")].sort.reject { |path| shell?(path) } - [limits]]
    end
  end
end
