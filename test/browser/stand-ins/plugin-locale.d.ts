declare module "virtual:plugin-locale" {
  /** The `en` tree of the plugin's config/locales/client.en.yml. */
  const locale: Record<string, unknown>;

  export default locale;
}
