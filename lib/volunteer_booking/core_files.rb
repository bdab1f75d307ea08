# frozen_string_literal: true

module VolunteerBooking
  # The one statement of the rule that keeps the shell's files apart from
  # the core's here: the plain-Ruby core is every file but the engine and
  # the *_extension modules prepended to Discourse classes, which need
  # Discourse, so the core specs and the benches load the others without
  # it. Whatever needs to tell them apart asks here.
  module CoreFiles
    def self.shell?(path)
      name = File.basename(path)
      name == "engine.rb" || name.end_with?("_extension.rb")
    end

    # Limits first: the other files read their constants from it.
    def self.paths
      limits = File.join(__dir__, "limits.rb")
      [limits, *all.reject { |path| shell?(path) } - [limits]]
    end

    def self.shell_paths
      all.select { |path| shell?(path) }
    end

    def self.all
      Dir[File.join(__dir__, "*.rb")].sort
    end

    private_class_method :all
  end
end
