module.exports = {
  test_page: "tests/index.html?hidepassed",
  cwd: "dist",
  disable_watching: true,
  launch_in_ci: ["Chrome"],
  browser_start_timeout: 120,
  browser_paths: { Chrome: "/usr/bin/chromium" },
  browser_args: {
    Chrome: {
      ci: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-software-rasterizer",
        "--mute-audio",
        "--remote-debugging-port=0",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1440,900",
      ],
    },
  },
};
