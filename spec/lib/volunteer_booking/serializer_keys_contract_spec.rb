# frozen_string_literal: true

require_relative "../../core_helper"

# contract/serializer_keys.json against the serializers' source: the
# serializers need Discourse, so here their attribute lists are read, and
# Discourse's CI serializes real records against the same lists
# (VolunteerBookingSpec.serialized_keys in spec/plugin_helper.rb). The node
# tests hold api-types.ts and the in-memory API to them too.
RSpec.describe "contract/serializer_keys.json" do # rubocop:disable RSpec/DescribeClass
  contract = VolunteerBookingCoreSpec.contract("serializer_keys")
  folder = File.expand_path("../../../app/serializers/volunteer_booking", __dir__)

  source = ->(serializer) { File.read(File.join(folder, "#{serializer.underscore}.rb")) }
  # A serializer and those of the plugin's serializers it extends.
  chain =
    lambda do |serializer|
      parent = source.(serializer)[/class \w+ < (\w+Serializer)/, 1]
      (parent ? chain.(parent) : []) + [serializer]
    end
  attributes =
    lambda do |serializer|
      chain
        .(serializer)
        .map(&source)
        .join
        .scan(/^\s+attributes? ((?::\w+,?\s*)+)/)
        .flatten
        .flat_map { |list| list.scan(/\w+/) }
    end
  conditional = ->(serializer) do
    chain.(serializer).map(&source).join.scan(/(?:def|alias) include_(\w+)\?/).flatten
  end
  # The keys of the Hash a serializer's method builds, such as permissions.
  hash_keys =
    lambda do |serializer, method|
      body = source.(serializer)[/def #{method}\n(.*?)\n    end/m, 1]
      body.scan(/^\s+(\w+):/).flatten
    end

  contract.each do |name, shape|
    next unless shape[:serializer]

    it "#{shape[:serializer]} writes #{name}" do
      expect(attributes.(shape[:serializer])).to match_array(
        shape[:keys] + (shape[:optional] || []),
      )
    end

    it "#{shape[:serializer]} leaves out only the optional keys of #{name}" do
      expect(conditional.(shape[:serializer])).to match_array(shape[:optional] || [])
    end
  end

  it "BookingSerializer#permissions writes BookingPermissions" do
    expect(hash_keys.("BookingSerializer", "permissions")).to eq(
      contract[:BookingPermissions][:keys],
    )
  end

  it "BookingTopicSerializer#permissions writes BookingTopicPermissions" do
    expect(hash_keys.("BookingTopicSerializer", "permissions")).to eq(
      contract[:BookingTopicPermissions][:keys],
    )
  end

  it "BookingRequestSerializer#permissions writes BookingRequestPermissions" do
    expect(hash_keys.("BookingRequestSerializer", "permissions")).to eq(
      contract[:BookingRequestPermissions][:keys],
    )
  end
end
