# Shared by bin/test and bin/playground: installs the pinned tools this
# machine lacks. Expects $root (the plugin folder) and may set ruby_runner
# and ruby_lint for a machine without RubyGems.
node_version=22.23.3
pnpm_version=10.34.9

say() { printf '\n== %s\n' "$*"; }

install_node() {
  local bin=$root/.tools/node_modules/.bin
  if [[ "$("$bin/node" --version 2>/dev/null)" != "v$node_version" ||
    "$("$bin/pnpm" --version 2>/dev/null)" != "$pnpm_version" ]]; then
    say "Installing Node $node_version and pnpm $pnpm_version into .tools"
    npm install --prefix "$root/.tools" --no-save --no-package-lock \
      "node@$node_version" "pnpm@$pnpm_version" || return 1
  fi
  export PATH="$bin:$PATH"
  pnpm install --frozen-lockfile --reporter=silent
}

install_gems() {
  bundle config set --local path vendor/bundle >/dev/null
  bundle check >/dev/null 2>&1 && return 0
  say "Installing gems into vendor/bundle"
  bundle install --jobs 2 --quiet && return 0

  say "RubyGems cannot be reached: falling back to Debian's ruby-rspec, ruby-activesupport and rubocop." \
    "rubocop-discourse and syntax_tree are not packaged by Debian, so Ruby lint is limited to 'ruby -wc'."
  as_root apt-get install -y ruby-rspec ruby-activesupport rubocop || return 1
  ruby_runner=()
  ruby_lint=syntax-only
}

install_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  say "Installing Debian's chromium"
  as_root apt-get update -qq && as_root apt-get install -y -qq chromium
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}
